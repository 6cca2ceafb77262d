using System.Text.Json;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

public class HandoffFlowTests
{
    private static DialogTestFlow Flow(string locale = "en-US") =>
        new(new PolicyBotEngine(new SwappableContent(TestContent.Build())), locale);

    [Fact]
    public async Task ContactAsksOwnerThenQuestionThenConfirmsAndGivesEncodedLinks()
    {
        await Flow()
            .Submit(Commands.Contact)
            .AssertReply(r => { Assert.Equal("en:handoff-choose-owner", r.Text); r.HasChoices("marketing", "customer-service"); })
            .Send("marketing")
            .AssertReply("en:question for Marketing?")
            .Send("Can I post our Q3 figures & the roadmap?")
            .AssertReply(r => { Assert.Equal("en:Marketing ready: Can I post our Q3 figures & the roadmap?", r.Text); r.HasChoices("yes", "no"); })
            .Send("yes")
            .AssertReply(r =>
            {
                Assert.Equal("en:handoff-prepared en:Marketing marketing@example.com en:hours", r.Text);
                Assert.Equal("https://teams.microsoft.com/l/chat/0/0?users=marketing%40example.com&message=Can%20I%20post%20our%20Q3%20figures%20%26%20the%20roadmap%3F", r.Links[0].Url);
                Assert.StartsWith("mailto:marketing@example.com?body=Can%20I%20post", r.Links[1].Url);
            })
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task WithATicketChannelTheBotOffersToSendTheQuestionItselfAndSaysNothingOfGettingItReady()
    {
        // Without a channel "Shall I send it?" promised a sending that never happened: the bot only fills in a chat or an
        // e-mail (user test, 2026-12-07). With one, it does post the question, so it asks to send it.
        var content = TestContent.Build();
        content = content with { Owners = [.. content.Owners.Select(o => o.Id == "marketing" ? o with { TeamsChannel = "19:tickets@thread.tacv2" } : o)] };

        await new DialogTestFlow(new PolicyBotEngine(new SwappableContent(content)), "en-US")
            .Submit(Commands.Contact).SkipReplies()
            .Send("marketing").AssertReply("en:question for Marketing?")
            .Send("Can I post our Q3 figures?")
            .AssertReply(r => Assert.Equal("en:Marketing gets: Can I post our Q3 figures?", r.Text))
            .Send("yes")
            .AssertReply(r => Assert.Equal("en:Marketing marketing@example.com en:hours", r.Text))
            .AssertEffect<HandoffRequest>(r => Assert.Equal("Can I post our Q3 figures?", r.Question))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task RepliesQuotingTheEmployeeAreNeverMarkedAsMadeFromTheContent()
    {
        // Hosts reuse cards only for replies made from the content alone; the employee's question must never be one.
        await Flow()
            .Submit(Commands.Contact)
            .AssertReply(r => Assert.True(r.FromContent)) // which owner: content only
            .Submit("marketing")
            .AssertCardUpdate(u => Assert.True(u.Replacement.FromContent))
            .SkipReplies()
            .Send("Can I post our Q3 figures?")
            .AssertReply(r => { Assert.Contains("Q3 figures", r.Text); Assert.False(r.FromContent); })
            .Submit("yes")
            .AssertCardUpdate(u => { Assert.Contains("Q3 figures", u.Replacement.Text); Assert.False(u.Replacement.FromContent); })
            .AssertReply(r => Assert.False(r.FromContent))
            .RunAsync();
    }

    [Fact]
    public async Task OwnerButtonSkipsTheOwnerQuestionAndNoSendsNothing()
    {
        await Flow("nl-NL")
            .Submit(Commands.Owner("customer-service"))
            .AssertReply("nl:vraag voor Klantenservice?")
            .Send("klant klaagt")
            .AssertReply(r => Assert.Equal(["Ja", "Nee"], r.Choices.Select(c => c.Title)))
            .Send("nee")
            .AssertReply("nl:handoff-not-sent")
            .AssertReply(r => Assert.Single(r.Links))
            .RunAsync();
    }

    [Fact]
    public async Task PromptGivesUpAfterThreeWrongAnswers()
    {
        await Flow()
            .Submit(Commands.Contact).AssertReply("en:handoff-choose-owner")
            .Send("the moon").AssertReply("en:prompt-retry-choice")
            .Send("mars").AssertReply("en:prompt-retry-choice")
            .Send("pluto").AssertReply("en:prompt-too-many-attempts")
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task WaterfallContinuesFromStoredStateWithAFreshEngine()
    {
        var content = new SwappableContent(TestContent.Build());
        var first = new DialogTestFlow(new PolicyBotEngine(content));
        await first.Submit(Commands.Contact).AssertReply("en:handoff-choose-owner").Send("2").AssertReply("en:question for Customer service?").RunAsync();

        var restarted = new PolicyBotEngine(content);
        var state = first.State;
        var result = await restarted.OnTurnAsync(TurnInput.Message("where is my order", "en-US"), state, CancellationToken.None);

        Assert.Equal("en:Customer service ready: where is my order", result.Messages.Single().Text);
    }

    [Fact]
    public async Task OnlyAConfirmedQuestionTravelsWithTheHandoffRequest()
    {
        HandoffRequest? declined = null;

        await Flow()
            .Submit(Commands.NotHelped("confidential-information"))
            .SkipReplies()
            .Submit(Commands.Owner(new HandoffContext("marketing") { TopicId = "confidential-information" }))
            .AssertReply("en:question for Marketing?")
            .Send("pasted draft: our Q3 numbers are 12M")
            .SkipReplies()
            .Send("no")
            .AssertReply("en:handoff-not-sent")
            .AssertReply(r => Assert.DoesNotContain(r.Links, l => l.Url.Contains("Q3", StringComparison.Ordinal)))
            .AssertEffect<HandoffRequest>(r => declined = r)
            .RunAsync();

        Assert.Equal("marketing", declined!.OwnerId);
        Assert.Equal("confidential-information", declined.TopicId);
        Assert.Null(declined.Question);
    }

    [Fact]
    public async Task TakeTicketButtonAsksTheHostToClaimItAndLeavesTheChannelsDialogAlone()
    {
        var flow = Flow();
        await flow.Submit(Commands.Contact).AssertReply("en:handoff-choose-owner").RunAsync();

        await flow
            .Send(new TurnInput
            {
                Value = System.Text.Json.JsonSerializer.SerializeToElement(ButtonActions.ToData(Commands.TakeTicket("t1"))),
                Locale = "en-US",
                UserId = "29:olivia",
                UserName = "Olivia",
                ConversationKind = ConversationKind.Channel,
            })
            .AssertEffect<TicketPickUp>(p => Assert.Equal(new TicketPickUp("t1", "29:olivia", "Olivia") { Language = Language.En }, p))
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Contains(s.Dialogs.DialogStack, d => d.Id == HandoffDialog.DialogId))
            .RunAsync();
    }

    [Fact]
    public void HandoffContextSurvivesTheButtonValue()
    {
        var context = new HandoffContext("customer-service") { TopicId = "customer-question", CheckId = "may-i-share", Answers = [("what", "complaint"), ("where", "public")] };

        var parsed = HandoffContext.From(Assert.IsType<AskOwner>(ButtonActions.From(JsonSerializer.SerializeToElement(ButtonActions.ToData(Commands.Owner(context))))));

        Assert.Equal(context.Format(), parsed.Format());
        Assert.Equal([("what", "complaint"), ("where", "public")], parsed.Answers);
        Assert.Equal("customer-service", HandoffContext.Parse("customer-service").OwnerId);
        Assert.Null(HandoffContext.Parse(null).OwnerId);
    }

    [Fact]
    public async Task PressingAPromptButtonTurnsItsCardIntoTheAnswerButTypingDoesNot()
    {
        await Flow()
            .Submit(Commands.Contact).SkipReplies()
            .Submit("marketing")
            .AssertCardUpdate(u => Assert.Equal(new AnsweredCard("en:handoff-choose-owner", "Marketing"), u.Replacement.Card))
            .SkipReplies()
            .Send("a question")
            .AssertReply(r => Assert.Equal(["yes", "no"], r.Choices.Select(c => c.Value)))
            .Send("no")
            .AssertNoCardUpdate()
            .AssertReply("en:handoff-not-sent")
            .RunAsync();
    }
}
