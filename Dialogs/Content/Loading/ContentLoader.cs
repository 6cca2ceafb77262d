namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>
/// Loads every <c>*.yaml</c> file under a folder (subfolders included, names starting with '.' skipped) into one
/// validated <see cref="PolicyContent"/>, or reports every error as <c>file:line:column: message</c>.
/// </summary>
public static class ContentLoader
{
    public static ContentLoadResult Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
            return Failed(new ContentDiagnostic(folder, 0, 0, "the content folder does not exist"));

        var files = ContentFiles.Find(folder);
        if (files.Count == 0)
            return Failed(new ContentDiagnostic(".", 0, 0, "the content folder has no *.yaml files"));

        var assembler = new ContentAssembler();
        var bytes = 0L;
        foreach (var (path, relative) in files)
        {
            try
            {
                if (ContentFiles.Read(path, relative, ref bytes, assembler.Diagnostics) is { } text) assembler.AddFile(relative, text);
                else assembler.AddRefusedFile();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // an editor may be halfway through saving; the watcher reloads again once it is done
                assembler.AddUnreadableFile(relative, e.Message);
            }
        }
        foreach (var yml in Directory.EnumerateFiles(folder, "*.yml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, yml).Replace('\\', '/');
            assembler.Diagnostics.Warning(new SourcePosition(relative, 0, 0), "ignored: only files ending in .yaml are read");
        }
        return assembler.Build();
    }

    /// <summary>
    /// Loads content held in memory (a published version from the store) exactly as a folder with these files, within
    /// the same size limits.
    /// </summary>
    public static ContentLoadResult Load(IReadOnlyList<ContentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
            return Failed(new ContentDiagnostic(".", 0, 0, "the content has no *.yaml files"));

        var assembler = new ContentAssembler();
        var bytes = 0L;
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (ContentFiles.WithinLimits(file, ref bytes, assembler.Diagnostics)) assembler.AddFile(file.Path, file.Text);
            else assembler.AddRefusedFile();
        }
        return assembler.Build();
    }

    /// <summary>
    /// The folder's content files as the loader reads them (the same files, order and decoding), to store as a version.
    /// Null with the errors when a file is over the size limits.
    /// </summary>
    public static IReadOnlyList<ContentFile> ReadFiles(string folder, out IReadOnlyList<ContentDiagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var diagnostics = new DiagnosticBag();
        var bytes = 0L;
        var files = new List<ContentFile>();
        foreach (var (path, relative) in ContentFiles.Find(folder))
        {
            if (ContentFiles.Read(path, relative, ref bytes, diagnostics) is { } text) files.Add(new ContentFile(relative, text));
        }
        errors = diagnostics.Errors;
        return files;
    }

    private static ContentLoadResult Failed(ContentDiagnostic error) => new() { Errors = [error] };
}
