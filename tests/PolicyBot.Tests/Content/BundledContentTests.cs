using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;

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

    [Theory]
    [InlineData("may-i-share")]
    [InlineData("confidential-information")]
    [InlineData("customer-question")]
    [InlineData("sales-and-press")]
    [InlineData("speaking-for-the-company")]
    [InlineData("mentioning-others")]
    [InlineData("personal-opinions")]
    [InlineData("private-photos-and-image")]
    [InlineData("criticism-of-employer")]
    [InlineData("company-news-and-successes")]
    [InlineData("social-media-at-work")]
    [InlineData("transparency-and-disclosure")]
    [InlineData("core-values-and-conduct")]
    [InlineData("awareness-permanence")]
    [InlineData("mistake-made")]
    [InlineData("training-and-ambassadors")]
    [InlineData("voluntary-participation")]
    [InlineData("audiences")]
    public void BundledContentHasEveryRequiredTopic(string topicId)
    {
        var content = ContentLoader.Load(BundledContentFolder()).Content!;

        Assert.NotNull(content.Topic(topicId));
    }

    internal static string BundledContentFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PolicyBot.sln"))) directory = directory.Parent;
        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "Dialogs", "Content");
    }
}
