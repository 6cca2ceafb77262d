using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

public class ScenarioFlowTests
{
    private static DialogTestFlow Flow(string locale = "en-US") =>
        new(new PolicyBotEngine(new SwappableContent(TestContent.Build())), locale);

    [Fact]
    public async Task TopicAnswerOffersItsScenarioWhichEndsInAnOutcomeWithTheOwner()
    {
        await Flow()
            .Send("a customer wants to complain")
            .AssertReply(r => r.OffersChoice(Commands.StartCheck("what-if")))
            .Submit(Commands.StartCheck("what-if"))
            .AssertReply("en:what-if-intro")
            .AssertReply(r => { Assert.Equal("en:q-who", r.Text); r.HasChoices("customer", "friend"); })
            .Submit("customer")
            .AssertReply(r =>
            {
                var card = r.Card<AnswerCard>();
                Assert.Equal("en:outcome-to-service", card.Title);
                Assert.Equal("en:outcome-to-service-text", card.Body);
                Assert.Equal(
                    [Commands.Owner(new HandoffContext("customer-service") { TopicId = "customer-question", CheckId = "what-if", Answers = [("who", "customer")] }), Commands.Topic("customer-question")],
                    r.Choices.Select(c => c.Action));
            })
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task OutcomeWithoutOwnerOrTopicsIsJustTheSteps()
    {
        await Flow("nl-NL")
            .Submit(Commands.StartCheck("what-if")).SkipReplies()
            .Send("vriend")
            .AssertReply(r => { Assert.Equal("nl:outcome-relax", r.Card<AnswerCard>().Title); Assert.Empty(r.Choices); })
            .RunAsync();
    }

    [Fact]
    public async Task ScenariosButtonListsEveryScenarioTheTopicsOffer()
    {
        await Flow()
            .Submit(Commands.Scenarios)
            .AssertReply(r => { Assert.Equal("en:scenarios-list", r.Text); Assert.Equal(["en:what-if-title"], r.Choices.Select(c => c.Title)); })
            .RunAsync();
    }
}
