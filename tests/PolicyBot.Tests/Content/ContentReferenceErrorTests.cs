namespace PolicyBot.Tests.Content;

public sealed class ContentReferenceErrorTests
{
    [Fact]
    public void UnknownTopicReferenceReportsFileLineAndColumn()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            topics:
              - id: extra
                title: { nl: Extra, en: Extra }
                answer: { nl: Antwoord, en: Answer }
                related: [may-i-share-this, confidential-informaton, nothing-like-it]
                triggers: { nl: [a, b, c, d, e], en: [a, b, c, d, e] }
            """);

        Assert.Equal(
        [
            "extra.yaml:5:33: unknown topic 'confidential-informaton'; did you mean 'confidential-information'?",
            "extra.yaml:5:58: unknown topic 'nothing-like-it'",
        ], folder.Errors());
    }

    [Fact]
    public void UnknownOwnerAndCheckOfATopicAreReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            topics:
              - id: extra
                title: { nl: Extra, en: Extra }
                answer: { nl: Antwoord, en: Answer }
                owner: marketeing
                starts-check: may-i-shares
                triggers: { nl: [a, b, c, d, e], en: [a, b, c, d, e] }
            """);

        Assert.Equal(
        [
            "extra.yaml:5:12: unknown owner 'marketeing'; did you mean 'marketing'?",
            "extra.yaml:6:19: unknown check 'may-i-shares'; did you mean 'may-i-share'?",
        ], folder.Errors());
    }

    [Fact]
    public void UnknownTopicAndOwnerInFindingsAndTipsAreReported()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            checks:
              - id: extra
                title: { nl: Extra, en: Extra }
                start: only
                steps:
                  - id: only
                    question: { nl: Vraag, en: Question }
                    choices:
                      - id: yes
                        label: { nl: Ja, en: Yes }
                        finding:
                          verdict: ask-owner
                          reason: { nl: Vraag, en: Ask }
                          topic: privacy
                          owner: legal
                tips:
                  - text: { nl: Tip, en: Tip }
                    topic: transparency
            """ + SampleContent.Verdicts);

        Assert.Equal(
        [
            "extra.yaml:14:22: unknown topic 'privacy'",
            "extra.yaml:15:22: unknown owner 'legal'",
            "extra.yaml:18:16: unknown topic 'transparency'",
        ], folder.Errors());
    }

    [Fact]
    public void ReferencesAreNotCheckedWhileAFileHasASyntaxError()
    {
        using var folder = ContentFolder.WithValidContent().Write("owners.yaml", "owners: [\n");

        var errors = folder.Errors();

        Assert.StartsWith("owners.yaml:2:1: YAML syntax error:", Assert.Single(errors));
    }
}
