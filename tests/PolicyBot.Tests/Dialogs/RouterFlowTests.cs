using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

public class RouterFlowTests
{
    private static DialogTestFlow Flow(string locale = "en-US", string channel = "test") =>
        new(new PolicyBotEngine(new SwappableContent(TestContent.Build())), locale, channel);

    [Fact]
    public async Task WelcomeIsSentOnceWithTheMenu()
    {
        await Flow()
            .Welcome()
            .AssertReply(r => { Assert.Equal("en:welcome", r.Text); r.OffersChoice(Commands.Check); })
            .Welcome()
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task TopicQuestionGetsTheAnswerCardWithRelatedTopicsAndATrace()
    {
        await Flow()
            .Send("is this a secret?")
            .AssertTrace(t =>
            {
                Assert.Equal("PolicyBot.Recognizer", t.Name);
                Assert.Equal("policybot/recognizer", t.ValueType);
                Assert.Equal("confidential-information", (string?)t.Value!["topic"]);
                Assert.Null(t.Value["handoff"]);
            })
            .AssertReply(r =>
            {
                var card = r.Card<AnswerCard>();
                Assert.Equal("en:title-confidential-information", card.Title);
                Assert.Equal("en:principle-confidential-information", card.Principle);
                r.HasChoices(Commands.Topic("audiences"));
            })
            .RunAsync();
    }

    [Fact]
    public async Task TopicWithAnOwnerOffersTheHandoffAndTracesIt()
    {
        await Flow()
            .Send("a customer wants to complain")
            .AssertTrace(t => Assert.Equal("customer-service", (string?)t.Value!["handoff"]))
            .AssertReply(r => Assert.Equal("en:ask Customer service", r.Choices[0].Title))
            .RunAsync();
    }

    [Fact]
    public async Task GenericShareQuestionStartsTheCheck()
    {
        await Flow()
            .Send("may I share this?")
            .AssertReply("en:check-intro")
            .AssertReply("en:q-what")
            .RunAsync();
    }

    [Fact]
    public async Task UnknownQuestionSaysNothingMatchesAndTracesNullTopic()
    {
        await Flow()
            .Send("how do I book a holiday")
            .AssertTrace(t => Assert.Null((string?)t.Value!["topic"]))
            .AssertReply(r => { Assert.Equal("en:no-match", r.Text); r.OffersChoice(Commands.Contact); })
            .RunAsync();
    }

    [Fact]
    public async Task EmptyMessageInvitesAQuestion()
    {
        await Flow().Send("   ").AssertReply("en:empty-message").AssertNoMoreReplies().RunAsync();
    }

    [Fact]
    public async Task BrowseTopicsListsEveryTopicButTheCheck()
    {
        await Flow()
            .Submit(Commands.Topics)
            // By title, so a long list can be scanned (sixth user test: 22 buttons "in no clear order").
            .AssertReply(r => r.HasChoices(Commands.Topic("audiences"), Commands.Topic("confidential-information"), Commands.Topic("customer-question")))
            .Submit("topic:audiences")
            .AssertReply(r => Assert.Equal("audiences", r.Card<AnswerCard>().TopicId))
            .RunAsync();
    }

    [Fact]
    public async Task DutchQuestionIsAnsweredInDutchEvenWithAnEnglishLocale()
    {
        await Flow("en-US")
            .Send("mag ik het secret delen")
            .AssertReply(r => Assert.Equal("nl:title-confidential-information", r.Card<AnswerCard>().Title))
            .AssertState(s => Assert.Equal(global::PolicyBot.Dialogs.Language.Nl, s.Language))
            .RunAsync();
    }
}
