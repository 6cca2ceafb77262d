using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;

namespace PolicyBot.Tests.Content;

/// <summary>A temporary content folder for one test, filled with valid sample content unless told otherwise.</summary>
internal sealed class ContentFolder : IDisposable
{
    private ContentFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policybot-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static ContentFolder Empty() => new();

    public static ContentFolder WithValidContent() => new ContentFolder()
        .Write("messages.yaml", SampleContent.Messages)
        .Write("owners.yaml", SampleContent.Owners)
        .Write("topics.yaml", SampleContent.Topics)
        .Write("checks/may-i-share.yaml", SampleContent.Checks);

    public ContentFolder Write(string relative, string yaml)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, yaml.ReplaceLineEndings("\n"));
        return this;
    }

    public ContentFolder Delete(string relative)
    {
        File.Delete(System.IO.Path.Combine(Path, relative));
        return this;
    }

    public ContentLoadResult Load() => ContentLoader.Load(Path);

    public List<string> Errors() => [.. Load().Errors.Select(e => e.ToString())];

    public List<string> Warnings() => [.. Load().Warnings.Select(e => e.ToString())];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a watcher may still hold the folder for a moment; the temp folder is cleaned up eventually
        }
    }
}
