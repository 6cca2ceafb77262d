using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// Halfway through the check, a typed question the recognizer is not sure of gets its "did you mean" as it would
/// outside the check, and one it finds nothing for is told so; either way the check waits at the same step, and no
/// failed answer is counted. Answers that match no choice, even ones that open with a verb, still get "pick an option".
/// </summary>
public class CheckQuestionInsteadOfAnswerTests
{
    private static DialogTestFlow AtFirstStep(string locale, string language) =>
        new DialogTestFlow(new PolicyBotEngine(new SwappableContent(TestContent.Build())), locale)
            .Submit(Commands.Check).AssertReply($"{language}:check-intro").AssertReply($"{language}:q-what").SkipReplies();

    [Fact]
    public async Task AnUnsureQuestionGetsItsSuggestionsAndTheCheckWaitsAtTheSameStep()
    {
        const string question = "what about something vague when posting?";
        var flow = AtFirstStep("en-US", "en")
            .Send(question)
            .AssertTrace(t => Assert.Equal(RecognizerTrace.Suggested, (string?)t.Value!["outcome"]))
            .AssertReply(r =>
            {
                Assert.Equal("en:did-you-mean", r.Text);
                Assert.Equal(["en:title-confidential-information", "en:title-audiences", "en:button-none-of-these"], r.Choices.Select(c => c.Title));
            })
            .AssertReply("en:check-resume")
            .AssertReply("en:q-what")
            .AssertEffect<UsageEvent>(u => Assert.Equal((UsageKind.Suggested, "confidential-information"), (u.Kind, u.TopicId)))
            .SkipReplies();
        // More questions than the check allows failed answers: none of them counts as one.
        for (var i = 0; i < 3; i++) flow.Send(question).SkipReplies();
        await flow.Send("news").AssertReply("en:q-secret").RunAsync();
    }

    [Fact]
    public async Task APickedSuggestionIsAnsweredAndTheCheckGoesOn_Dutch()
    {
        await AtFirstStep("nl-NL", "nl")
            .Send("hoe zit het met iets vaags over posten")
            .AssertReply("nl:did-you-mean")
            .AssertReply("nl:check-resume")
            .AssertReply("nl:q-what")
            .SkipReplies()
            .Submit(Commands.Suggested("audiences", "hoe zit het met iets vaags over posten"))
            .AssertReply(r => Assert.Equal("nl:title-audiences", r.Card<AnswerCard>().Title))
            .AssertReply("nl:check-resume")
            .AssertReply("nl:q-what")
            .SkipReplies()
            .Send("nieuws").AssertReply("nl:q-secret")
            .RunAsync();
    }

    [Fact]
    public async Task NoneOfTheseAndDidThisHelpLeaveTheCheckWaiting()
    {
        await AtFirstStep("en-US", "en")
            .Send("what about something vague when posting?")
            .SkipReplies()
            .Submit(Commands.NoneOfThese)
            .AssertReply("en:none-of-these")
            .AssertReply("en:check-resume")
            .AssertReply("en:q-what")
            .SkipReplies()
            .Submit(Commands.Helped("audiences"))
            .AssertEffect<UsageEvent>(u => Assert.Equal((UsageKind.Helped, "audiences"), (u.Kind, u.TopicId)))
            .AssertReply("en:feedback-thanks")
            .AssertReply("en:check-resume")
            .AssertReply("en:q-what")
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Equal(GuidedCheckDialog.DialogId, Assert.Single(s.Dialogs.DialogStack).Id))
            .RunAsync();
    }

    [Fact]
    public async Task DidThisHelpDuringTheQuizAsksTheSameQuizQuestionAgain()
    {
        string? asked = null;
        await new DialogTestFlow(new PolicyBotEngine(new SwappableContent(TestContent.Build())), "en-US")
            .Submit(Commands.Quiz)
            .AssertReply("en:quiz-intro")
            .AssertReply(r => asked = r.Text)
            .SkipReplies()
            .Submit(Commands.Helped("audiences"))
            .AssertReply("en:feedback-thanks")
            .AssertReply(r => Assert.Equal(asked, r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task NoneOfTheseDuringTheHandoffAsksItsQuestionAgain()
    {
        await new DialogTestFlow(new PolicyBotEngine(new SwappableContent(TestContent.Build())), "en-US")
            .Submit(Commands.Contact)
            .AssertReply("en:handoff-choose-owner")
            .SkipReplies()
            .Submit(Commands.NoneOfThese)
            .AssertReply("en:none-of-these")
            .AssertReply("en:handoff-choose-owner")
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task AnyOtherButtonStillLeavesTheCheckForWhatItStarts()
    {
        await AtFirstStep("en-US", "en")
            .Submit(Commands.Topic("audiences"))
            .AssertReply(r => Assert.Equal("en:title-audiences", r.Card<AnswerCard>().Title))
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Theory]
    [InlineData("en-US", "en", "what is the capital of France?")]
    [InlineData("nl-NL", "nl", "wat is de hoofdstad van Frankrijk")]
    [InlineData("en-US", "en", "can you book me a train ticket to Utrecht")]
    public async Task AQuestionNothingMatchesIsToldSoAndCountedAsUnmatched(string locale, string language, string question)
    {
        var flow = AtFirstStep(locale, language)
            .Send(question)
            .AssertTrace(t => Assert.Equal(RecognizerTrace.Unmatched, (string?)t.Value!["outcome"]))
            .AssertReply($"{language}:check-retry-question")
            .AssertReply($"{language}:q-what")
            .AssertEffect<UsageEvent>(u => Assert.Equal(UsageKind.Unmatched, u.Kind))
            .SkipReplies();
        for (var i = 0; i < 3; i++) flow.Send(question).SkipReplies();
        await flow.Send(language == "nl" ? "nieuws" : "news").AssertReply($"{language}:q-secret").RunAsync();
    }

    [Theory]
    [InlineData("blabla")]
    [InlineData("geen idee")]
    [InlineData("something else entirely")]
    [InlineData("heb ik nog niet gecheckt")]
    [InlineData("is allemaal al bekend")]
    [InlineData("have not checked that yet")]
    [InlineData("huh?")]
    public async Task AShortAnswerThatMatchesNoChoiceIsAskedToPickAnOption(string answer)
    {
        await AtFirstStep("en-US", "en")
            .Send(answer)
            .AssertTrace(t => Assert.Equal(RecognizerTrace.NotUsed, (string?)t.Value!["outcome"]))
            .AssertReply("en:check-retry")
            .AssertReply("en:q-what")
            .RunAsync();
    }

    [Fact]
    public async Task ARemarkThatNamesTheRunningCheckAsksTheStepAgainInsteadOfStartingOver()
    {
        // Fourth user test: "it has 40 likes already" in the mistake triage showed its intro again, three times in a row.
        await AtFirstStep("en-US", "en")
            .Send("news").AssertReply("en:q-secret")
            .Send("I just want to share this")
            .AssertReply("en:check-retry")
            .AssertReply("en:q-secret")
            .AssertNoMoreReplies()
            .RunAsync();
    }
}
