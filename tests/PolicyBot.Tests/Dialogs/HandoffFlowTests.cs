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
            .AssertReply(r => { Assert.Equal("en:Marketing gets: Can I post our Q3 figures & the roadmap?", r.Text); r.HasChoices("yes", "no"); })
            .Send("yes")
            .AssertReply(r =>
            {
                Assert.Equal("en:Marketing marketing@example.com en:hours", r.Text);
                Assert.Equal("https://teams.microsoft.com/l/chat/0/0?users=marketing%40example.com&message=Can%20I%20post%20our%20Q3%20figures%20%26%20the%20roadmap%3F", r.Links[0].Url);
                Assert.StartsWith("mailto:marketing@example.com?body=Can%20I%20post", r.Links[1].Url);
            })
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
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

        Assert.Equal("en:Customer service gets: where is my order", result.Messages.Single().Text);
    }
}
