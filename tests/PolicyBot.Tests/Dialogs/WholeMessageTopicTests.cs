using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// The policy in short, for "is there a social media policy?" and "what are the rules?" (second user test: an intern's
/// first questions got "Become an ambassador" and "nothing found"). It answers a whole message only: as a topic of the
/// recognizer it took the questions of every other topic (development sets −0.3 to −0.8 points, the blind set −1).
/// </summary>
public sealed class WholeMessageTopicTests
{
    private static DialogTestFlow Flow(string locale) => new(new PolicyBotEngine(new BundledContentProvider()), locale);

    [Theory]
    [InlineData("en-US", "Is there a policy for social media?")]
    [InlineData("en-US", "What are the most important rules?")]
    [InlineData("nl-NL", "Wat zijn de regels?")]
    [InlineData("nl-NL", "hebben we een socialemediabeleid")]
    public async Task AWholeMessageAskingForThePolicyGetsItInShort(string locale, string text)
    {
        await Flow(locale)
            .Send(text)
            .AssertTrace(t => Assert.Equal(("whole-message", "policy-in-short"), ((string?)t.Value!["outcome"], (string?)t.Value["wholeMessage"])))
            .AssertReply(r => Assert.Equal("policy-in-short", r.Card<AnswerCard>().TopicId))
            .RunAsync();
    }

    [Theory]
    [InlineData("en-US", "what are the rules for using our logo?", "using-the-company-logo")]
    [InlineData("nl-NL", "wat zijn de regels voor het taggen van collegas", "mentioning-others")]
    public async Task AQuestionThatSaysMoreGoesToItsTopic(string locale, string text, string topic)
    {
        await Flow(locale)
            .Send(text)
            .AssertReply(r => Assert.Equal(topic, r.Card<AnswerCard>().TopicId))
            .RunAsync();
    }

    [Fact]
    public void TheRecognizerNeverAnswersAWholeMessageTopic()
    {
        var recognizer = new TopicRecognizer(BundledContentProvider.Bundled);

        Assert.DoesNotContain(recognizer.Recognize("what are the rules for social media at work").Candidates, c => c.Topic == "policy-in-short");
    }

    [Fact]
    public void AnUnknownMatchIsAnErrorWithItsPosition()
    {
        using var folder = ContentFolder.WithValidContent().Write("short.yaml", """
            topics:
              - id: short
                title: { nl: Kort, en: Short }
                answer: { nl: Kort., en: Short. }
                match: exact
                triggers:
                  nl: [regels]
                  en: [rules]
            """);

        Assert.Contains(folder.Errors(), e => e.StartsWith("short.yaml:5:12: 'match' of topic 'short' must be 'words' (the default) or 'whole-message'", StringComparison.Ordinal));
    }
}
