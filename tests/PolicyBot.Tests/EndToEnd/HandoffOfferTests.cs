using System.Text;
using System.Text.Json.Nodes;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.EndToEnd;

/// <summary>
/// The topic and check answers on a ticket come from the hand-offs the bot offered in the conversation (its state),
/// never from the submit: a forged owner button still reaches the owner, without topic or answers.
/// </summary>
public sealed class HandoffOfferTests
{
    private const string OldFormatConversation = """{"schemaVersion":1,"dialogs":{"dialogStack":[]},"language":"en","languageGuessed":false,"welcomed":true}""";

    [Fact]
    public async Task OwnerButtonCarriesOnlyARefAndTheTicketTakesItsTopicFromState()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();

        await scenario.HandOffAsync();

        Assert.Equal("Sales and press", TopicFact(scenario.PostedTicket().Card.Card()));
        var chat = Chat(scenario);
        var button = await HandoffScenario.OwnerButtonAsync(chat, "competitor-information", "marketing");
        Assert.Equal(new AskOwner("marketing", button.Ref), button);
        Assert.Matches("^[0-9a-f]{8}$", button.Ref);
    }

    [Theory]
    [InlineData("owner:marketing?topic=competitor-information")]
    [InlineData("owner:marketing?ref=0badc0de&topic=competitor-information")]
    [InlineData("owner:marketing?check=may-i-share&answers=what:complaint,secret:no&topic=competitor-information")]
    public async Task ForgedOwnerSubmitWithAnotherRealTopicReachesTheOwnerWithoutTopicOrAnswers(string forged)
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();

        // The bot offered Marketing under the sales-and-press answer; the submit claims another topic of Marketing's.
        await scenario.HandOffAsync(press: forged);

        var card = scenario.PostedTicket().Card.Card();
        Assert.Null(TopicFact(card));
        Assert.DoesNotContain("Competitors", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("complaint", card.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(HandoffScenario.Question, card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefOfAnotherOwnersOfferGivesNoTopic()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        var chat = Chat(scenario);
        var customerService = await HandoffScenario.OwnerButtonAsync(chat, "customer-question", "customer-service");

        await scenario.HandOffAsync(press: "owner:marketing?ref=" + customerService.Ref);

        Assert.Null(TopicFact(scenario.PostedTicket().Card.Card()));
    }

    [Fact]
    public async Task OldButtonInAConversationSavedByTheReleaseBeforeReachesTheOwnerWithoutTopic()
    {
        await using var scenario = await HandoffScenario.StartAsync(sqlite: true);
        await scenario.InstallInChannelAsync();
        await WriteStateAsync(scenario, OldFormatConversation);
        var chat = Chat(scenario);

        // A card of the release before: its button carries the topic itself; nothing in state offered it.
        var handoff = await chat.PressAsync("owner:marketing?topic=sales-and-press");
        Assert.Contains("Marketing", handoff.Messages().Last().AllText(), StringComparison.Ordinal);
        await chat.SayAsync(HandoffScenario.Question);
        await chat.PressAsync("yes");

        Assert.Null(TopicFact(scenario.PostedTicket().Card.Card()));
    }

    [Fact]
    public async Task OldButtonMatchingAnOfferInStateKeepsItsTopic()
    {
        await using var scenario = await HandoffScenario.StartAsync(sqlite: true);
        await scenario.InstallInChannelAsync();
        await WriteStateAsync(scenario, OldFormatConversation);

        // Asked again after the upgrade: the bot offers it now, so the old card's button says nothing it did not offer.
        await scenario.HandOffAsync(press: "owner:marketing?topic=sales-and-press");

        Assert.Equal("Sales and press", TopicFact(scenario.PostedTicket().Card.Card()));
    }

    [Fact]
    public async Task HandoffBegunByTheReleaseBeforeFinishesWithoutTheContextItsButtonCarried()
    {
        await using var scenario = await HandoffScenario.StartAsync(sqlite: true);
        await scenario.InstallInChannelAsync();
        // What the release before saved while waiting for the question: the button's context kept as "context".
        const string waiting = """{"schemaVersion":1,"dialogs":{"dialogStack":[{"id":"handoff-question","stepIndex":0,"attemptCount":0,"values":{},"prompt":{"prompt":"What would you like to ask Marketing?","choices":[],"maxAttempts":3,"fromContent":false}},{"id":"handoff","stepIndex":1,"attemptCount":0,"values":{"context":"marketing?topic=competitor-information","owner":"marketing"},"options":"marketing?topic=competitor-information"}]},"language":"en","languageGuessed":false,"welcomed":true}""";
        await WriteStateAsync(scenario, waiting);
        var chat = Chat(scenario);

        await chat.SayAsync(HandoffScenario.Question);
        await chat.PressAsync("yes");

        var card = scenario.PostedTicket().Card.Card();
        Assert.Contains(HandoffScenario.Question, card.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(TopicFact(card));
    }

    [Fact]
    public async Task StateKeepsTheLastEightOffersAndAnOfferAskedAgainKeepsItsRef()
    {
        await using var scenario = await HandoffScenario.StartAsync(sqlite: true);
        var chat = Chat(scenario);
        var first = await HandoffScenario.OwnerButtonAsync(chat, "sales-and-press", "marketing");
        Assert.Equal(first, await HandoffScenario.OwnerButtonAsync(chat, "sales-and-press", "marketing"));

        // "Did not help" on a topic without an owner offers the owners of "talk to someone" (two) with that topic.
        await chat.PressAsync("feedback:down:audiences");
        await chat.PressAsync("feedback:down:mentioning-others");
        await chat.PressAsync("feedback:down:awareness-permanence");
        await chat.PressAsync("feedback:down:personal-opinions");
        await HandoffScenario.OwnerButtonAsync(chat, "competitor-information", "marketing");
        var state = ConversationDataSerializer.Deserialize((await scenario.Host.Store.ReadAsync(Key, default))!.Data.Span);

        Assert.Equal(HandoffOffers.Capacity, state.Handoffs!.Count);
        Assert.DoesNotContain(state.Handoffs, o => o.Ref == first.Ref);
        Assert.Equal("competitor-information", state.Handoffs[^1].TopicId);
    }

    private static string Key => StorageKeys.Conversation("msteams", HandoffScenario.Employee);

    private static ChatSession Chat(HandoffScenario scenario) => new(scenario.Host, scenario.Connector, "msteams", "en-US", HandoffScenario.Employee);

    private static async Task WriteStateAsync(HandoffScenario scenario, string json) =>
        Assert.False((await scenario.Host.Store.WriteAsync(Key, Encoding.UTF8.GetBytes(json), "*", default)).IsConflict);

    /// <summary>The value of the ticket card's Topic fact, or null when it has none.</summary>
    private static string? TopicFact(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Where(o => (string?)o["type"] == "FactSet")
            .SelectMany(o => o["facts"]!.AsArray()).Where(f => (string?)f!["title"] == "Topic").Select(f => (string?)f!["value"]).SingleOrDefault();
}
