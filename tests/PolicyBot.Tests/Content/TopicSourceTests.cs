using PolicyBot.Dialogs;

namespace PolicyBot.Tests.Content;

/// <summary>A topic's <c>source</c>: the policy page, a title in both languages and an absolute https URL per language.</summary>
public sealed class TopicSourceTests
{
    private static string Topic(string source) => $$"""
        topics:
          - id: extra
            title: { nl: Extra, en: Extra }
            answer: { nl: Antwoord, en: Answer }
        {{source}}
            triggers:
              nl: [a, b, c, d, e]
              en: [f, g, h, i, j]
        """;

    [Fact]
    public void SourceLoadsWithItsTitleAndUrlPerLanguage()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", Topic("""
                source:
                  title: { nl: Beleid, en: Policy }
                  url: { nl: "https://intranet.example.com/nl/beleid", en: "https://intranet.example.com/en/policy" }
            """));

        var result = folder.Load();

        Assert.Empty(result.Errors);
        var source = result.Content!.Topic("extra")!.Source!;
        Assert.Equal(("Beleid", "https://intranet.example.com/en/policy"), (source.Title[Language.Nl], source.Url[Language.En]));
    }

    [Fact]
    public void SourceUrlsThatAreNotAbsoluteHttpsAreReportedWhereTheyAre()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", Topic("""
                source:
                  title: { nl: Beleid, en: Policy }
                  url: { nl: "http://intranet.example.com/nl", en: "/en/policy" }
            """));

        Assert.Equal(
        [
            "extra.yaml:7:18: the 'nl' url of the source of topic 'extra' must be an absolute https address, like https://intranet.example.com/policies/social-media",
            "extra.yaml:7:56: the 'en' url of the source of topic 'extra' must be an absolute https address, like https://intranet.example.com/policies/social-media",
        ], folder.Errors());
    }

    [Fact]
    public void SourceTitleNeedsBothLanguages()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", Topic("""
                source:
                  title: { en: Policy }
                  url: { nl: "https://intranet.example.com/nl", en: "https://intranet.example.com/en" }
            """));

        Assert.Contains(folder.Errors(), e => e.StartsWith("extra.yaml:6:", StringComparison.Ordinal) && e.Contains("nl", StringComparison.Ordinal));
    }

    [Fact]
    public void SourceWithoutUrlIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", Topic("""
                source:
                  title: { nl: Beleid, en: Policy }
            """));

        Assert.Equal(["extra.yaml:6:7: the source of topic 'extra' is missing 'url'"], folder.Errors());
    }

    [Fact]
    public void EveryBundledTopicThatAnswersNamesAnHttpsSource()
    {
        var content = PolicyBot.Tests.Dialogs.BundledContentProvider.Bundled;

        var answering = content.Topics.Where(t => t.StartsCheck is null).ToList();

        Assert.NotEmpty(answering);
        Assert.All(answering, t => Assert.StartsWith("https://intranet.example.com/", t.Source?.Url.Nl ?? "", StringComparison.Ordinal));
        Assert.All(answering, t => Assert.StartsWith("https://intranet.example.com/", t.Source?.Url.En ?? "", StringComparison.Ordinal));
    }
}
