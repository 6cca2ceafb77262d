using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>Small talk gets a short friendly line in the right language, not "nothing matches" with the menu (issue 14 item 6).</summary>
public class SmallTalkFlowTests
{
    private static readonly PolicyContent Content = BundledContentProvider.Bundled;

    private static DialogTestFlow Flow(string locale) => new(new PolicyBotEngine(new BundledContentProvider()), locale);

    [Theory]
    [InlineData("nl-NL", "bedankt!", MessageIds.SmallTalkThanks, "nl")]
    [InlineData("nl-NL", "Dankjewel", MessageIds.SmallTalkThanks, "nl")]
    [InlineData("nl-NL", "thanks", MessageIds.SmallTalkThanks, "nl")]
    [InlineData("nl-NL", "ok top, bedankt!", MessageIds.SmallTalkThanks, "nl")]
    [InlineData("nl-NL", "hoi", MessageIds.SmallTalkGreeting, "nl")]
    [InlineData("nl-NL", "Hallo PolicyBot", MessageIds.SmallTalkGreeting, "nl")]
    [InlineData("nl-NL", "goedemorgen", MessageIds.SmallTalkGreeting, "nl")]
    [InlineData("nl-NL", "hi", MessageIds.SmallTalkGreeting, "nl")]
    [InlineData("nl-NL", "ok", MessageIds.SmallTalkOk, "nl")]
    [InlineData("nl-NL", "oké", MessageIds.SmallTalkOk, "nl")]
    [InlineData("nl-NL", "top", MessageIds.SmallTalkOk, "nl")]
    [InlineData("nl-NL", "super!", MessageIds.SmallTalkOk, "nl")]
    [InlineData("en-US", "Thanks!", MessageIds.SmallTalkThanks, "en")]
    [InlineData("en-US", "thank you very much", MessageIds.SmallTalkThanks, "en")]
    [InlineData("en-US", "hi", MessageIds.SmallTalkGreeting, "en")]
    [InlineData("en-US", "Good morning!", MessageIds.SmallTalkGreeting, "en")]
    [InlineData("en-US", "ok", MessageIds.SmallTalkOk, "en")]
    [InlineData("en-US", "super", MessageIds.SmallTalkOk, "en")]
    [InlineData("en-US", "got it, thanks", MessageIds.SmallTalkThanks, "en")]
    [InlineData("nl-NL", "doei!", "small-talk-goodbye", "nl")]
    [InlineData("en-US", "ok bye", "small-talk-goodbye", "en")]
    [InlineData("en-US", "thanks, bye", "small-talk-goodbye", "en")]
    [InlineData("nl-NL", "bedankt, tot ziens", "small-talk-goodbye", "nl")]
    [InlineData("en-US", "ok thanks please", MessageIds.SmallTalkThanks, "en")]
    [InlineData("nl-NL", "ben jij een robot?", "small-talk-bot", "nl")]
    [InlineData("en-US", "Are you a bot?", "small-talk-bot", "en")]
    [InlineData("nl-NL", "ok dan wacht ik", MessageIds.SmallTalkOk, "nl")]
    [InlineData("en-US", "ok, I'll wait", MessageIds.SmallTalkOk, "en")]
    [InlineData("nl-NL", "hoe gaat het?", "small-talk-how-are-you", "nl")]
    [InlineData("nl-NL", "ff vraagje", "small-talk-question-coming", "nl")]
    [InlineData("nl-NL", "dank!", MessageIds.SmallTalkThanks, "nl")]
    [InlineData("en-US", "Quick question!", "small-talk-question-coming", "en")]
    [InlineData("en-US", "how are you doing", "small-talk-how-are-you", "en")]
    [InlineData("nl-NL", "dankjewel voor het antwoord, fijne dag!", MessageIds.SmallTalkThanks, "nl")]
    [InlineData("en-US", "thanks for the reply, have a nice day", MessageIds.SmallTalkThanks, "en")]
    // Web Chat check: a thumbs-up got "nothing about that in our policy" and the menu.
    [InlineData("nl-NL", "👍", MessageIds.SmallTalkOk, "nl")]
    [InlineData("en-US", "👍👍", MessageIds.SmallTalkOk, "en")]
    [InlineData("nl-NL", "top 👌", MessageIds.SmallTalkOk, "nl")]
    [InlineData("en-US", "🙏", MessageIds.SmallTalkThanks, "en")]
    // A word only one language uses answers in that language, whatever the conversation's language.
    [InlineData("en-US", "bedankt", MessageIds.SmallTalkThanks, "nl")]
    [InlineData("en-US", "hoi", MessageIds.SmallTalkGreeting, "nl")]
    [InlineData("nl-NL", "thank you", MessageIds.SmallTalkThanks, "en")]
    [InlineData("nl-NL", "hello", MessageIds.SmallTalkGreeting, "en")]
    public async Task SmallTalkGetsAShortFriendlyReplyWithoutTheMenu(string locale, string text, string messageId, string language)
    {
        var expected = Content.Message(messageId)[language == "nl" ? Language.Nl : Language.En].Trim();

        await Flow(locale)
            .Send(text)
            .AssertReply(r =>
            {
                Assert.Equal(expected, r.Text.Trim());
                Assert.Empty(r.Choices);
                Assert.Null(r.Card);
            })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "bedankt, mag ik een foto van een klant op LinkedIn zetten?")]
    [InlineData("en-US", "thanks, can I post a photo of a customer on LinkedIn?")]
    [InlineData("en-US", "hi, a customer is complaining under my post, what now?")]
    public async Task AQuestionWithThanksInItIsStillAQuestion(string locale, string text)
    {
        var smallTalk = new[] { MessageIds.SmallTalkThanks, MessageIds.SmallTalkGreeting, MessageIds.SmallTalkOk }
            .SelectMany(id => new[] { Content.Message(id).Nl.Trim(), Content.Message(id).En.Trim() })
            .ToList();

        await Flow(locale)
            .Send(text)
            .AssertReply(r => Assert.DoesNotContain(r.Text.Trim(), smallTalk))
            .RunAsync();
    }

    [Theory]
    [InlineData("en-US", "thanks", "small-talk-thanks-in-dialog", Language.En)]
    [InlineData("en-US", "thanks for the info", "small-talk-thanks-in-dialog", Language.En)]
    [InlineData("nl-NL", "oké", "small-talk-ok-in-dialog", Language.Nl)]
    [InlineData("nl-NL", "hoi", "small-talk-greeting-in-dialog", Language.Nl)]
    // A word only Dutch uses keeps an English check English: its line and its question.
    [InlineData("en-US", "hoi", "small-talk-greeting-in-dialog", Language.En)]
    public async Task SmallTalkHalfwayThroughTheCheckIsAnsweredAndTheStepAskedAgain(string locale, string text, string messageId, Language language)
    {
        var check = Content.Check(GuidedCheckDialog.DefaultCheck)!;
        var flow = Flow(locale).Submit(Commands.Check).SkipReplies();
        // More often than the check allows wrong answers: small talk is none.
        for (var i = 0; i < 4; i++)
            flow.Send(text)
                .AssertReply(r => Assert.Equal(Content.Message(messageId)[language].Trim(), r.Text.Trim()))
                .AssertReply(r => Assert.Equal(Content.Message(MessageIds.CheckResume)[language].Trim(), r.Text.Trim()))
                .AssertReply(r => Assert.Equal(check.Step(check.Start)!.Question[language], r.Text))
                .AssertNoMoreReplies();
        await flow.AssertState(s => Assert.NotEmpty(s.Dialogs.DialogStack)).RunAsync();
    }

    [Theory]
    [InlineData("en-US", "thanks, bye", Language.En)]
    [InlineData("nl-NL", "doei", Language.Nl)]
    public async Task TakingLeaveHalfwayThroughADialogEndsIt(string locale, string text, Language language)
    {
        // Fifth user test: "thanks, bye" in the mistake triage got "You're welcome! Back to the check" until "stop".
        foreach (var start in new[] { Commands.Check, Commands.Quiz, Commands.Contact })
            await Flow(locale).Submit(start).SkipReplies()
                .Send(text)
                .AssertReply(r => Assert.Equal(Content.Message("small-talk-goodbye-in-dialog")[language].Trim(), r.Text.Trim()))
                .AssertNoMoreReplies()
                .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
                .RunAsync();
    }

    [Fact]
    public async Task SmallTalkInTheQuizIsAnsweredAndTheSameQuestionAskedAgain()
    {
        var thanks = Content.Message("small-talk-thanks-in-dialog").Nl.Trim();
        string? question = null;
        var quiz = Flow("nl-NL").Submit(Commands.Quiz).AssertReply(_ => { }).AssertReply(r => question = r.Text).SkipReplies();
        for (var i = 0; i < 4; i++)
            quiz.Send("bedankt").AssertReply(r => Assert.Equal(thanks, r.Text.Trim())).AssertReply(r => Assert.Equal(question, r.Text)).AssertNoMoreReplies();
        await quiz.AssertState(s => Assert.NotEmpty(s.Dialogs.DialogStack)).RunAsync();
    }

    [Fact]
    public async Task SmallTalkAtAChoiceOrTextPromptIsAnsweredAndTheQuestionAskedAgain()
    {
        var thanks = Content.Message("small-talk-thanks-in-dialog").Nl.Trim();
        var contact = Flow("nl-NL").Submit(Commands.Contact).SkipReplies();
        for (var i = 0; i < 4; i++)
            contact.Send("bedankt").AssertReply(r => Assert.Equal(thanks, r.Text.Trim()))
                .AssertReply(r => Assert.Equal(Content.Message(MessageIds.HandoffChooseOwner).Nl.Trim(), r.Text.Trim())).AssertNoMoreReplies();
        await contact.AssertState(s => Assert.NotEmpty(s.Dialogs.DialogStack)).RunAsync();

        // "ok" is no question to pass on to an owner.
        await Flow("en-US")
            .Submit(Commands.Owner("marketing")).SkipReplies()
            .Send("ok")
            .AssertReply(r => Assert.Equal(Content.Message("small-talk-ok-in-dialog").En.Trim(), r.Text.Trim()))
            .AssertReply(r => Assert.Equal(Content.Message(MessageIds.HandoffAskQuestion).En.Replace("{owner}", "Marketing", StringComparison.Ordinal).Trim(), r.Text.Trim()))
            .AssertNoMoreReplies()
            .Send("Can we sponsor the local football club's shirts?")
            .AssertReply(r => Assert.Contains("Can we sponsor the local football club's shirts?", r.Text, StringComparison.Ordinal))
            .RunAsync();
    }

    [Fact]
    public async Task AtAYesOrNoQuestionSmallTalkGetsAskedForYesOrNoAndAgreementIsYes()
    {
        await Flow("en-US")
            .Submit(Commands.Owner("marketing")).SkipReplies()
            .Send("Can we sponsor the local football club's shirts?").SkipReplies()
            // "great" could mean yes or "I'm done": a friendly line would read as if it were settled.
            .Send("great")
            .AssertReply(r => Assert.Equal(Content.Message(MessageIds.PromptRetryConfirm).En.Trim(), r.Text.Trim()))
            .AssertNoMoreReplies()
            .Send("sounds good")
            .AssertEffect<HandoffRequest>(h => Assert.Equal("marketing", h.OwnerId))
            .RunAsync();
    }

    [Fact]
    public async Task TheTextBesideAPressedButtonIsNoSmallTalk()
    {
        var check = Content.Check(GuidedCheckDialog.DefaultCheck)!;
        var ok = Content.Message("small-talk-ok-in-dialog").En.Trim();
        await Flow("en-US")
            .Submit(Commands.Check).SkipReplies()
            .Send(new TurnInput { Text = "ok", Value = System.Text.Json.JsonSerializer.SerializeToElement(new { choice = "no-such-choice" }), Locale = "en-US" })
            .AssertReply(r => Assert.NotEqual(ok, r.Text.Trim()))
            .SkipReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "switch to english please", Language.En)]
    [InlineData("en-US", "in het nederlands graag", Language.Nl)]
    [InlineData("en-US", "switch to dutch", Language.Nl)]
    [InlineData("nl-NL", "I'd rather continue in English", Language.En)]
    [InlineData("nl-NL", "kan je engels?", Language.En)]
    // Fifth user test: a courtesy around it made it a question ("nothing in the policy"), in the old language.
    [InlineData("nl-NL", "can you answer in english please", Language.En)]
    [InlineData("en-US", "nederlands aub", Language.Nl)]
    public async Task AskingForTheOtherLanguageSwitchesTheConversation(string locale, string text, Language language)
    {
        // "switch to english please" got "I couldn't find anything" (user test, 2026-12-07).
        await Flow(locale)
            .Send(text)
            .AssertReply(r => Assert.Equal(Content.Message("small-talk-language")[language].Trim(), r.Text.Trim()))
            .Send("ok")
            .AssertReply(r => Assert.Equal(Content.Message(MessageIds.SmallTalkOk)[language].Trim(), r.Text.Trim()))
            .AssertState(s => Assert.Equal(language, s.Language))
            .RunAsync();
    }

    [Fact]
    public async Task AskingForTheOtherLanguageHalfwayThroughTheCheckSwitchesItThere()
    {
        // Review: "switch to dutch" in an English check got "Sure, I'll carry on in English" and the question in English.
        await Flow("en-US")
            .Submit(Commands.Check)
            .SkipReplies()
            .Send("switch to dutch")
            .AssertReply(r => Assert.Equal(Content.Message("small-talk-language-in-dialog")[Language.Nl].Trim(), r.Text.Trim()))
            .AssertReply(r => Assert.Equal(Content.Message(MessageIds.CheckResume)[Language.Nl], r.Text))
            .AssertReply(r => Assert.Equal(Content.Check("may-i-share")!.Step("what")!.Question[Language.Nl], r.Text))
            .AssertState(s => Assert.Equal(Language.Nl, s.Language))
            .RunAsync();
    }
}
