using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// "Did you mean …?" when no topic is sure enough but some come close, and "did this help?" under every answer:
/// both languages, by button, with what insights count.
/// </summary>
public class DidYouMeanFlowTests
{
    private static DialogTestFlow Flow(string locale) =>
        new(new PolicyBotEngine(new SwappableContent(TestContent.Build())), locale);

    [Fact]
    public async Task CloseTopicsAreOfferedAndAPickedOneIsAnsweredAndCountedWithTheQuestion()
    {
        await Flow("en-US")
            .Send("something vague about posting")
            .AssertTrace(t =>
            {
                Assert.Equal("suggested", (string?)t.Value!["outcome"]);
                Assert.Equal(["confidential-information", "audiences"], t.Value["suggestions"]!.AsArray().Select(s => (string?)s!["topic"]));
            })
            .AssertReply(r =>
            {
                Assert.Equal("en:did-you-mean", r.Text);
                Assert.Equal(["en:title-confidential-information", "en:title-audiences", "en:button-none-of-these"], r.Choices.Select(c => c.Title));
                Assert.False(r.FromContent); // the buttons carry the question
            })
            .AssertEffect<UsageEvent>(u => Assert.Equal((UsageKind.Suggested, "confidential-information"), (u.Kind, u.TopicId)))
            .AssertEffect<UsageEvent>(u => Assert.Equal((UsageKind.Suggested, "audiences"), (u.Kind, u.TopicId)))
            .Submit(Commands.Suggested("audiences", "something vague about posting"))
            .AssertEffect<UsageEvent>(u => Assert.Equal((UsageKind.SuggestionPicked, "audiences", "something vague about posting"), (u.Kind, u.TopicId, u.Question)))
            .AssertReply(r => Assert.Equal("en:title-audiences", r.Card<AnswerCard>().Title))
            .RunAsync();
    }

    [Fact]
    public async Task NoneOfTheseAsksToPutItAnotherWayAndOffersThePeopleToAsk_Dutch()
    {
        await Flow("nl-NL")
            .Send("iets vaag over posten")
            .AssertReply(r =>
            {
                Assert.Equal("nl:did-you-mean", r.Text);
                Assert.Equal("nl:button-none-of-these", r.Choices[^1].Title);
            })
            .SkipReplies()
            .Submit(Commands.NoneOfThese)
            .AssertReply(r =>
            {
                Assert.Equal("nl:none-of-these", r.Text);
                Assert.Equal(["nl:vraag Marketing", "nl:vraag Klantenservice"], r.Choices.Select(c => c.Title));
                Assert.All(r.Choices, c => Assert.IsType<AskOwner>(c.Action));
            })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("en-US", "en", "can I complain about a secret")]
    [InlineData("nl-NL", "nl", "mag ik klagen over een secret, complain")]
    public async Task ATopicCloseBehindTheAnsweredOneIsOfferedFirstUnderNotQuiteWhatYouMeant(string locale, string code, string question)
    {
        await Flow(locale)
            .Send(question)
            .AssertTrace(t =>
            {
                Assert.Equal("answered", (string?)t.Value!["outcome"]);
                Assert.Equal(["customer-question"], t.Value["alternatives"]!.AsArray().Select(s => (string?)s!["topic"]));
            })
            .AssertReply(r =>
            {
                var card = r.Card<AnswerCard>();
                Assert.Equal("confidential-information", card.TopicId);
                Assert.Equal($"{code}:alternatives-heading", card.RelatedHeading);
                // The close topic first, then the topic's own related ones; content only, so the card may be shared.
                Assert.Equal([Commands.Topic("customer-question"), Commands.Topic("audiences")], r.Choices.Select(c => c.Action));
                Assert.True(r.FromContent);
            })
            .RunAsync();
    }

    [Fact]
    public async Task AnAnswerWithNothingCloseBehindKeepsItsRelatedHeading()
    {
        await Flow("en-US")
            .Send("can I share a secret")
            .AssertTrace(t => Assert.Null(t.Value!["alternatives"]))
            .AssertReply(r => Assert.Equal("en:related-heading", r.Card<AnswerCard>().RelatedHeading))
            .RunAsync();
    }

    [Fact]
    public async Task AQuestionNothingComesCloseToGetsNoSuggestions()
    {
        await Flow("en-US")
            .Send("how do I book a holiday")
            .AssertTrace(t => Assert.Equal("unmatched", (string?)t.Value!["outcome"]))
            .AssertReply(r => Assert.Equal("en:no-match", r.Text))
            .RunAsync();
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("nl-NL", "nl")]
    public async Task EveryAnswerAsksWhetherItHelpedAndCountsTheAnswerWithoutText(string locale, string code)
    {
        await Flow(locale)
            .Send("a customer wants to complain")
            .AssertReply(r =>
            {
                var card = r.Card<AnswerCard>();
                Assert.Equal($"{code}:feedback-question", card.FeedbackQuestion);
                Assert.Equal([Commands.Helped(card.TopicId), Commands.NotHelped(card.TopicId)], card.Feedback.Select(c => c.Action));
            })
            .SkipReplies()
            .Submit(Commands.Helped("customer-question"))
            .AssertEffect<UsageEvent>(u => Assert.Equal((UsageKind.Helped, "customer-question", (string?)null), (u.Kind, u.TopicId, u.Question)))
            .AssertReply($"{code}:feedback-thanks")
            .Submit(Commands.NotHelped("customer-question"))
            .AssertEffect<UsageEvent>(u => Assert.Equal((UsageKind.NotHelped, "customer-question"), (u.Kind, u.TopicId)))
            .AssertReply(r =>
            {
                Assert.Equal($"{code}:feedback-sorry", r.Text);
                // The topic's own owner, with the topic as the hand-off's context.
                Assert.Equal(Commands.Owner(new HandoffContext("customer-service") { TopicId = "customer-question" }), Assert.Single(r.Choices).Action);
            })
            .RunAsync();
    }
}
