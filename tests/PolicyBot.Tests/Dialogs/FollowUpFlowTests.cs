using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// A short follow-up on an answer ("en als het een oud-collega is?") is read with that answer's topic (user test,
/// 2026-12-07: about fifteen such follow-ups got "I'm not sure what you mean" or "nothing in the policy").
/// </summary>
public sealed class FollowUpFlowTests
{
    private static readonly PolicyContent Content = BundledContentProvider.Bundled;

    private static DialogTestFlow Flow(string locale) => new(new PolicyBotEngine(new BundledContentProvider()), locale);

    [Theory]
    [InlineData("nl-NL", Language.Nl, "mag ik een foto van een collega op linkedin zetten", "en als het een oud-collega is?", "mentioning-others")]
    // ("kan ik het melden bij iemand" after harassment now goes to HR straight away: ContactRequestFlowTests.)
    [InlineData("en-US", Language.En, "can I post an angry rant about my manager", "even if I keep it anonymous?", "criticism-of-employer")]
    // Fifth user test: English follow-ups that alone look unrelated got "nothing in the policy".
    [InlineData("en-US", Language.En, "can I tag a colleague", "what if it's a former colleague?", "mentioning-others")]
    [InlineData("en-US", Language.En, "can I tag a colleague", "and if it's my boss?", "mentioning-others")]
    // User test 46: "mag dat?" and "ok en als…" right after an answer found nothing.
    [InlineData("nl-NL", Language.Nl, "mag ik een foto van een collega op linkedin zetten", "mag dat?", "mentioning-others")]
    [InlineData("nl-NL", Language.Nl, "mag ik een foto van een collega op linkedin zetten", "ok en als ze het zelf goedvindt?", "mentioning-others")]
    public async Task AFollowUpOnTheTopicJustAnsweredSaysThatAppliesAndOffersTheCheckAndAPerson(string locale, Language language, string question, string followUp, string topic)
    {
        // Not the card just read once more (fifth user test: "repeats the same card word for word").
        var expected = Content.Message(MessageIds.FollowUpSameTopic)[language]
            .Replace("{topic}", Content.Topic(topic)!.Title[language])
            .Replace("{principle}", Content.Topic(topic)!.Principle![language]);
        await Flow(locale)
            .Send(question)
            .AssertReply(r => Assert.Equal(topic, r.Card<AnswerCard>().TopicId))
            .SkipReplies()
            .Send(followUp)
            .AssertTrace(t =>
            {
                Assert.Equal("follow-up", (string?)t.Value!["outcome"]);
                Assert.Equal(topic, (string?)t.Value["followUp"]!["of"]);
                Assert.Equal(topic, (string?)t.Value["followUp"]!["topic"]);
            })
            .AssertReply(r =>
            {
                Assert.Equal(expected.Trim(), r.Text.Trim());
                Assert.Null(r.Card);
                Assert.Contains(r.Choices, c => c.Action == Commands.Check);
                // The topic's own owner where it has one (criticism of work: HR), else the choice of person.
                if (Content.Topic(topic)!.Owner is { } owner) Assert.Contains(r.Choices, c => c.Action is AskOwner a && a.OwnerId == owner);
                else Assert.Contains(r.Choices, c => c.Action == Commands.Contact);
            })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task ASecondFollowUpIsReadWithTheSameTopic()
    {
        await Flow("en-US")
            .Send("can I tag a colleague")
            .SkipReplies()
            .Send("what if it's a former colleague?")
            .SkipReplies()
            .Send("and if it's my boss?")
            .AssertTrace(t => Assert.Equal("mentioning-others", (string?)t.Value!["followUp"]!["topic"]))
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "en als het een oud-collega is?")]
    [InlineData("en-US", "even if I keep it anonymous?")]
    public async Task WithoutAnAnswerBeforeAFollowUpIsNotReadAsOne(string locale, string followUp)
    {
        await Flow(locale)
            .Send(followUp)
            .AssertTrace(t => Assert.NotEqual("follow-up", (string?)t.Value!["outcome"]))
            .AssertReply(r =>
            {
                Assert.DoesNotContain("vervolg op je vorige vraag", r.Text);
                Assert.DoesNotContain("follow-up to your last question", r.Text);
            })
            .RunAsync();
    }

    [Fact]
    public async Task AnotherQuestionInBetweenEndsTheFollowUp()
    {
        await Flow("nl-NL")
            .Send("mag ik een foto van een collega op linkedin zetten")
            .AssertReply(r => Assert.Equal("mentioning-others", r.Card<AnswerCard>().TopicId))
            .SkipReplies()
            .Send("waar kan ik parkeren")
            .SkipReplies()
            .Send("en als het een oud-collega is?")
            .AssertTrace(t => Assert.NotEqual("follow-up", (string?)t.Value!["outcome"]))
            .RunAsync();
    }

    [Fact]
    public async Task SmallTalkInBetweenKeepsTheFollowUp()
    {
        await Flow("nl-NL")
            .Send("mag ik een foto van een collega op linkedin zetten")
            .SkipReplies()
            .Send("ok")
            .SkipReplies()
            .Send("en als het een oud-collega is?")
            .AssertTrace(t => Assert.Equal("follow-up", (string?)t.Value!["outcome"]))
            .RunAsync();
    }

    [Theory]
    [InlineData("en-US", "can I tag a colleague?", "what time is it?")]
    [InlineData("nl-NL", "mag ik een collega taggen?", "hoe laat is het?")]
    [InlineData("en-US", "can I tag a colleague?", "how do I reset it?")]
    // Review: opening like a follow-up does not make an unrelated question one.
    [InlineData("en-US", "can I tag a colleague?", "and what about my holiday days?")]
    public async Task AnUnrelatedQuestionAfterAnAnswerIsNoFollowUp(string locale, string question, string unrelated)
    {
        // Review: "what time is it?" after an answer got "I'm reading this as a follow-up… Mentioning others".
        await Flow(locale)
            .Send(question)
            .SkipReplies()
            .Send(unrelated)
            .AssertTrace(t => Assert.NotEqual("follow-up", (string?)t.Value!["outcome"]))
            .RunAsync();
    }

    [Fact]
    public async Task ACheckInBetweenEndsTheFollowUp()
    {
        // Review: after a check run on buttons the old topic was still taken for the follow-up's.
        await Flow("en-US")
            .Send("can I post an angry rant about my manager")
            .SkipReplies()
            .Submit(Commands.Check)
            .SkipReplies()
            .Send("stop")
            .SkipReplies()
            .Send("even if I keep it anonymous?")
            .AssertTrace(t => Assert.NotEqual("follow-up", (string?)t.Value!["outcome"]))
            .AssertState(s => Assert.Null(s.LastTopic))
            .RunAsync();
    }
}
