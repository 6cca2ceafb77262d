using System.Text;

namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>The content folder's <c>*.yaml</c> files in a stable order, and their text read within the size limits.</summary>
internal static class ContentFiles
{
    /// <summary>Every <c>*.yaml</c> file under the folder, subfolders included, skipping names that start with '.'.</summary>
    public static List<(string Path, string Relative)> Find(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(folder, path).Replace('\\', '/')))
            .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)];

    /// <summary>
    /// The file's text, or null with an error when it is over <see cref="ContentLimits.MaxFileBytes"/> or brings the
    /// files read so far (<paramref name="total"/>) over <see cref="ContentLimits.MaxContentBytes"/>. Never reads
    /// more than the limit, so a 50 MB file (or a link to an endless device) costs nothing.
    /// </summary>
    public static string? Read(string path, string relative, ref long total, DiagnosticBag diagnostics)
    {
        var at = new SourcePosition(relative, 1, 1);
        using var stream = File.OpenRead(path);
        if (stream.CanSeek && stream.Length > ContentLimits.MaxFileBytes)
        {
            diagnostics.Error(at, TooBig(stream.Length));
            return null;
        }
        var bytes = ReadAtMost(stream, ContentLimits.MaxFileBytes + 1);
        if (bytes.Length > ContentLimits.MaxFileBytes)
        {
            diagnostics.Error(at, $"the file is over {ContentLimits.Size(ContentLimits.MaxFileBytes)}; a content file may be at most {ContentLimits.Size(ContentLimits.MaxFileBytes)}: split it into smaller files");
            return null;
        }
        if (!WithinTotal(at, bytes.Length, ref total, diagnostics)) return null;
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The same limits for a file held in memory (a stored content version), counted in UTF-8 bytes.</summary>
    public static bool WithinLimits(ContentFile file, ref long total, DiagnosticBag diagnostics)
    {
        var at = new SourcePosition(file.Path, 1, 1);
        var length = Encoding.UTF8.GetByteCount(file.Text);
        if (length > ContentLimits.MaxFileBytes)
        {
            diagnostics.Error(at, TooBig(length));
            return false;
        }
        return WithinTotal(at, length, ref total, diagnostics);
    }

    private static string TooBig(long length) =>
        $"the file is {ContentLimits.Size(length)}; a content file may be at most {ContentLimits.Size(ContentLimits.MaxFileBytes)}: split it into smaller files";

    private static bool WithinTotal(SourcePosition at, long length, ref long total, DiagnosticBag diagnostics)
    {
        total += length;
        if (total <= ContentLimits.MaxContentBytes) return true;
        // said once, at the file that crosses the line; the files after it are not read either
        if (total - length <= ContentLimits.MaxContentBytes)
            diagnostics.Error(at, $"with this file the content folder holds over {ContentLimits.Size(ContentLimits.MaxContentBytes)} of YAML, the most the bot reads");
        return false;
    }

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while (memory.Length < limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - memory.Length))) > 0)
            memory.Write(buffer, 0, read);
        return memory.ToArray();
    }
}
