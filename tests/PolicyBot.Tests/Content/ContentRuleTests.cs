using PolicyBot.Dialogs.Content;

namespace PolicyBot.Tests.Content;

public sealed class ContentRuleTests
{
    [Fact]
    public void MissingRequiredMessageIdIsReportedAtTheMessagesKey()
    {
        var messages = SampleContent.Messages
            .Replace($"  {MessageIds.Welcome}: {{ nl: welcome nl, en: welcome en }}\n", "")
            .Replace($"  {MessageIds.HandoffContact}: {{ nl: handoff-contact nl, en: handoff-contact en }}\n", "");
        using var folder = ContentFolder.WithValidContent().Write("messages.yaml", messages);

        Assert.Equal(["messages.yaml:1:1: missing message 'welcome'", "messages.yaml:1:1: missing message 'handoff-contact'"], folder.Errors());
    }

    [Fact]
    public void NoMessagesAnywhereIsOneError()
    {
        using var folder = ContentFolder.WithValidContent().Delete("messages.yaml");

        var error = Assert.Single(folder.Errors());

        Assert.StartsWith(".: no file has 'messages'; required message ids: welcome, help, no-match,", error);
    }

    [Fact]
    public void TopicWithoutTriggerPhrasesInALanguageIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            topics:
              - id: extra
                title: { nl: Extra, en: Extra }
                answer: { nl: Antwoord, en: Answer }
                triggers:
                  nl: [a, b, c, d, e]
                  en: []
            """);

        Assert.Equal(["extra.yaml:6:7: topic 'extra' has no 'en' trigger phrases"], folder.Errors());
    }

    [Fact]
    public void InvalidEmailIsReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            owners:
              - id: sales
                name: { nl: Verkoop, en: Sales }
                handles: { nl: Verkoop, en: Sales }
                email: sales.example.com
                teams-upn: sales@example
                hours: { nl: altijd, en: always }
            """);

        Assert.Equal(
        [
            "extra.yaml:5:12: 'email' must be an email address like name@example.com, not 'sales.example.com'",
            "extra.yaml:6:16: 'teams-upn' must be an email address like name@example.com, not 'sales@example'",
        ], folder.Errors());
    }

    [Fact]
    public void FewTriggersAndLongAnswersAreWarningsNotErrors()
    {
        var longAnswer = new string('x', 950);
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", $$"""
            topics:
              - id: extra
                title: { nl: Extra, en: Extra }
                answer: { nl: Kort, en: {{longAnswer}} }
                triggers:
                  nl: [a, b, c]
                  en: [a, b, c, d, e]
            """);

        var result = folder.Load();

        Assert.True(result.Succeeded);
        Assert.Equal(
        [
            "extra.yaml:4:13: the 'en' answer of topic 'extra' is 950 characters; keep it under about 900 so it reads well in chat",
            "extra.yaml:6:7: topic 'extra' has 3 'nl' trigger phrases; 5 or more help the bot recognise questions",
        ], result.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void SeveralDocumentsInOneFileAreRead()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            owners:
              - id: sales
                name: { nl: Verkoop, en: Sales }
                handles: { nl: Verkoop, en: Sales }
                email: sales@example.com
                hours: { nl: altijd, en: always }
            ---
            synonyms:
              en:
                - [sale, deal]
            """);

        var result = folder.Load();

        Assert.Empty(result.Errors);
        Assert.Equal("Sales", result.Content!.Owner("sales")!.Handles.En);
        Assert.Contains(["sale", "deal"], result.Content.Synonyms.En);
    }

    [Fact]
    public void EveryErrorIsReportedInFileLineOrder()
    {
        using var folder = ContentFolder.WithValidContent()
            .Write("b.yaml", "topics:\n  - id: B\n")
            .Write("a.yaml", "owners:\n  - id: a\n");

        Assert.Equal(
        [
            "a.yaml:2:5: owner 'a' is missing 'name'",
            "a.yaml:2:5: owner 'a' is missing 'handles'",
            "a.yaml:2:5: owner 'a' is missing 'email'",
            "a.yaml:2:5: owner 'a' is missing 'hours'",
            "b.yaml:2:5: topic 'B' is missing 'title'",
            "b.yaml:2:5: topic 'B' is missing 'answer'",
            "b.yaml:2:5: topic 'B' is missing 'triggers'",
            "b.yaml:2:9: id 'B' must be lower-case kebab-case, like 'share-customer-photo'",
        ], folder.Errors());
    }
}
