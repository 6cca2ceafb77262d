using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// Web Chat sends no replyToId, so an answered card keeps its buttons. A press on an older question's card gets a
/// clear sentence (what was answered there, how to change it) instead of "I didn't quite get that" or a wrong answer.
/// </summary>
public class StaleCardFlowTests
{
    private static DialogTestFlow Flow(string locale = "en-US") =>
        new(new PolicyBotEngine(new SwappableContent(TestContent.Build()), new Random(1)), locale);

    [Fact]
    public async Task EveryQuestionCardStampsItsButtonsWithTheQuestion()
    {
        await Flow()
            .Submit(Commands.Check)
            .AssertReply("en:check-intro")
            .AssertReply(r => Assert.Equal("may-i-share/what", r.PromptId))
            .Submit("news", "may-i-share/what")
            .AssertReply(r => Assert.Equal("may-i-share/secret", r.PromptId))
            .RunAsync();
    }

    [Fact]
    public async Task AnOldCheckButtonSaysWhatWasAnsweredAndAsksTheCurrentQuestionAgain()
    {
        await Flow()
            .Submit(Commands.Check).SkipReplies()
            .Submit("news", "may-i-share/what").SkipReplies()
            .Submit("photo", "may-i-share/what")
            .AssertReply("en:check-stale-answer")
            .AssertReply(r => { Assert.Equal("en:q-secret", r.Text); Assert.Equal("may-i-share/secret", r.PromptId); })
            .AssertNoMoreReplies()
            .AssertNoCardUpdate()
            .Submit("no", "may-i-share/secret")
            .AssertReply(r => Assert.IsType<VerdictCard>(r.Card))
            .RunAsync();
    }

    [Fact]
    public async Task TheAnswerJustGivenPressedAgainIsTakenOnce()
    {
        // Web Chat check: a double click on "Nieuws of succes" gave "you've already answered that" and the card twice.
        await Flow()
            .Submit(Commands.Check).SkipReplies()
            .Submit("news", "may-i-share/what").SkipReplies()
            .Submit("news", "may-i-share/what")
            .AssertNoMoreReplies()
            .AssertNoCardUpdate()
            .Submit("no", "may-i-share/secret")
            .AssertReply(r => Assert.IsType<VerdictCard>(r.Card))
            .RunAsync();
    }

    [Fact]
    public async Task TheAnswerThatEndedTheCheckPressedAgainIsTakenOnce()
    {
        // Review: a double click on the last answer got the verdict, then "that question was already dealt with" and the menu.
        await Flow()
            .Submit(Commands.Check).SkipReplies()
            .Submit("news", "may-i-share/what").SkipReplies()
            .Submit("no", "may-i-share/secret")
            .AssertReply(r => Assert.IsType<VerdictCard>(r.Card))
            .SkipReplies()
            .Submit("no", "may-i-share/secret")
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task AnOldYesOnAnotherQuestionIsNotTakenAsTheAnswer()
    {
        await Flow()
            .Submit(Commands.Contact).SkipReplies()
            .Submit("marketing", HandoffDialog.ChoicePromptId).SkipReplies()
            .Send("may I post our new logo?").SkipReplies()
            .Submit("customer-service", HandoffDialog.ChoicePromptId)
            .AssertReply("en:stale-card")
            .AssertReply(r => Assert.Equal(HandoffDialog.ConfirmPromptId, r.PromptId))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task AnOldQuizAnswerIsNotCountedForTheNextQuestion()
    {
        string? first = null;
        var flow = Flow();
        await flow.Submit(Commands.Quiz).AssertReply("en:quiz-intro").AssertReply(r => first = r.PromptId).RunAsync();
        Assert.NotNull(first);

        await flow
            .Submit("right", first).SkipReplies()
            .Submit("right", first)
            .AssertReply("en:stale-card")
            .AssertReply("en:2/3")
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task AButtonOfAFinishedCheckSaysItIsDoneAndOffersTheMenu()
    {
        await Flow()
            .Submit(Commands.Check).SkipReplies()
            .Submit("complaint", "may-i-share/what").SkipReplies()
            .Submit("news", "may-i-share/what")
            .AssertReply(r => { Assert.Equal("en:stale-card-done", r.Text.Trim()); r.OffersChoice(Commands.Check); })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    public async Task TheBundledCheckNamesTheEarlierQuestionAndAnswerInTheConversationsLanguage(string locale)
    {
        var content = BundledContentProvider.Bundled;
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var check = content.Check(GuidedCheckDialog.DefaultCheck)!;
        var start = check.Step(check.Start)!;
        var choice = start.Choices.First(c => c.Next is not null);
        var next = check.Step(choice.Next!)!;
        var expected = content.Message(MessageIds.CheckStaleAnswer)
            .Format(language, ("question", start.Question[language].Trim()), ("answer", choice.Label[language]));

        await new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale)
            .Submit(Commands.Check).SkipReplies()
            .Submit(choice.Id, $"{check.Id}/{start.Id}").SkipReplies()
            // Another answer on the earlier card (the same one again is a double click, taken once).
            .Submit(start.Choices.First(c => c.Id != choice.Id).Id, $"{check.Id}/{start.Id}")
            .AssertReply(r => Assert.Equal(expected, r.Text))
            .AssertReply(r => Assert.Equal(next.Question[language], r.Text))
            .RunAsync();
    }
}
