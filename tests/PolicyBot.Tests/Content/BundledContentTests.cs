using PolicyBot.Dialogs.Content;

namespace PolicyBot.Tests.Content;

/// <summary>The real YAML shipped in Dialogs/Content, as the comms team edits it.</summary>
public sealed class BundledContentTests
{
    [Fact]
    public void BundledContentLoadsWithoutErrors()
    {
        var result = ContentLoader.Load(BundledContentFolder());

        Assert.Equal([], result.Errors.Select(e => e.ToString()));
        Assert.NotEmpty(result.Content!.Topics);
    }

    internal static string BundledContentFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PolicyBot.sln"))) directory = directory.Parent;
        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "Dialogs", "Content");
    }
}
