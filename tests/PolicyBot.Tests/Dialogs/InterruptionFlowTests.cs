using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

public class InterruptionFlowTests
{
    private static DialogTestFlow Flow(string locale = "en-US") =>
        new(new PolicyBotEngine(new SwappableContent(TestContent.Build())), locale);

    // A word only Dutch uses ("hulp", "annuleer", "opnieuw", "terug") answers in Dutch, in an English conversation too.
    [Theory]
    [InlineData("help", "en")]
    [InlineData("Hulp", "nl")]
    [InlineData("?", "en")]
    public async Task HelpAnswersAndRepeatsTheQuestionWithoutMovingOn(string help, string language)
    {
        await Flow()
            .Submit(Commands.Check).AssertReply("en:check-intro").AssertReply("en:q-what")
            .Send("news").AssertReply("en:q-secret")
            .Send(help)
            .AssertReply($"{language}:help")
            .AssertReply(r => Assert.Equal($"{language}:q-secret", r.Text))
            .Send("no")
            .AssertReply(r => Assert.NotNull(r.Card))
            .RunAsync();
    }

    [Theory]
    [InlineData("stop", "en")]
    [InlineData("Annuleer", "nl")]
    [InlineData("cancel", "en")]
    [InlineData("oke laat maar", "nl")]
    [InlineData("forget it", "en")]
    public async Task CancelEndsTheCheck(string cancel, string language)
    {
        await Flow()
            .Submit(Commands.Check).AssertReply("en:check-intro").AssertReply("en:q-what")
            .Send(cancel)
            .AssertReply($"{language}:cancelled")
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Theory]
    [InlineData("stop", "en")]
    [InlineData("annuleer", "nl")]
    public async Task CancelWithNothingActiveSaysThereIsNothingToStop(string cancel, string language)
    {
        // "Oké, ik ben gestopt" after a finished quiz read as if something had still been running (user test, 2026-12-07).
        await Flow()
            .Send(cancel)
            .AssertReply($"{language}:nothing-to-cancel")
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("3")]
    [InlineData(" 12 ")]
    public async Task ANumberWithNoNumberedQuestionWaitingAsksForAButtonOrWords(string number)
    {
        // "3" under a card with two buttons was taken for a question and got "nothing in the policy" (user test, 2026-12-07).
        await Flow()
            .Send(number)
            .AssertReply("en:number-without-choice")
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("opnieuw", "nl")]
    [InlineData("start over", "en")]
    public async Task StartOverBeginsTheCheckAgain(string startOver, string language)
    {
        await Flow()
            .Submit(Commands.Check).AssertReply("en:check-intro").AssertReply("en:q-what")
            .Send("news").AssertReply("en:q-secret")
            .Send(startOver)
            .AssertReply($"{language}:check-intro")
            .AssertReply(r => Assert.Equal($"{language}:q-what", r.Text))
            .RunAsync();
    }

    [Theory]
    [InlineData("start over", "en")]
    [InlineData("opnieuw", "nl")]
    public async Task StartOverRightAfterAVerdictStartsThatCheckAgain(string startOver, string language)
    {
        // Third user test: "opnieuw" after a result showed the whole welcome, though help promises to start over.
        await Flow()
            .Submit(Commands.Check).AssertReply("en:check-intro").AssertReply("en:q-what")
            .Send("news").AssertReply("en:q-secret")
            .Send("no").AssertReply(r => Assert.NotNull(r.Card))
            .AssertState(s => Assert.Equal("may-i-share", s.LastCheck))
            .Send(startOver)
            .AssertReply($"{language}:check-intro")
            .AssertReply(r => Assert.Equal($"{language}:q-what", r.Text))
            .RunAsync();
    }

    [Theory]
    [InlineData("back", "en")]
    [InlineData("terug", "nl")]
    public async Task BackRightAfterAVerdictAsksTheCheckLastQuestionAgain(string back, string language)
    {
        // Fourth and fifth user tests: "terug" after a result showed the welcome; the answers were gone.
        await Flow()
            .Submit(Commands.Check).SkipReplies()
            .Send("news").SkipReplies()
            .Send("no").AssertReply(r => Assert.NotNull(r.Card))
            .Send(back)
            .AssertReply($"{language}:check-resume")
            .AssertReply(r => Assert.Equal($"{language}:q-secret", r.Text))
            .AssertNoMoreReplies()
            .Send("yes")
            .AssertReply(r => Assert.NotNull(r.Card))
            .RunAsync();
    }

    [Fact]
    public async Task BackAfterSomethingElseSinceTheVerdictShowsTheMenu()
    {
        await Flow()
            .Submit(Commands.Check).SkipReplies()
            .Send("news").SkipReplies()
            .Send("no").SkipReplies()
            .Send("thanks").SkipReplies()
            .Send("back")
            .AssertReply(r => Assert.Equal("en:welcome", r.Text))
            .AssertState(s => Assert.Null(s.FinishedCheck))
            .RunAsync();
    }

    [Fact]
    public async Task StartOverWithNothingActiveShowsTheMenu()
    {
        await Flow()
            .Send("begin opnieuw")
            .AssertReply(r => r.HasChoices(Commands.Check, Commands.Topics, Commands.Contact, Commands.Quiz, Commands.Scenarios, InterruptionRecognizer.HelpCommand))
            .RunAsync();
    }

    [Fact]
    public async Task QuestionContainingHelpIsNotAnInterruption()
    {
        await Flow()
            .Send("can you help me with a secret")
            .AssertReply(r => Assert.Equal("confidential-information", r.Card<global::PolicyBot.Dialogs.Turns.AnswerCard>().TopicId))
            .RunAsync();
    }

    [Fact]
    public async Task OldGlobalButtonWorksInTheMiddleOfAPrompt()
    {
        await Flow()
            .Submit(Commands.Contact).AssertReply("en:handoff-choose-owner")
            .Submit(Commands.Topic("audiences"))
            .AssertReply(r => Assert.Equal("audiences", r.Card<global::PolicyBot.Dialogs.Turns.AnswerCard>().TopicId))
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Theory]
    [InlineData("terug", "nl")]
    [InlineData("back", "en")]
    public async Task BackWithNothingToGoBackToShowsTheMenu(string back, string language)
    {
        await Flow()
            .Send(back)
            .AssertReply(r => { Assert.Equal($"{language}:welcome", r.Text); r.OffersChoice(Commands.Check); })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("ik wil en:button-contact", "cmd:contact")]
    [InlineData("en:button-topics please", "cmd:topics")]
    public async Task ShortMessageWithAMenuLabelRunsThatCommand(string text, string command)
    {
        var expected = ButtonActions.FromLegacy(command) == Commands.Contact ? "en:handoff-choose-owner" : "en:topics-list";

        await Flow().Send(text).AssertReply(expected).RunAsync();
    }
}
