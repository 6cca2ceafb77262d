using PolicyBot.Dialogs.Content.Loading;

namespace PolicyBot.Dialogs.Content;

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
            assembler.Diagnostics.Warning(new Loading.SourcePosition(relative, 0, 0), "ignored: only files ending in .yaml are read");
        }
        return assembler.Build();
    }

    private static ContentLoadResult Failed(ContentDiagnostic error) => new() { Errors = [error] };
}
