using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.Tests.Cards;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Teams;

/// <summary>"I'll take it" on a ticket card in the owners' channel as a Universal Action (<c>Action.Execute</c>).</summary>
public sealed class TicketUniversalActionTests
{
    [Fact]
    public async Task TheTicketCardsTakeButtonIsAnExecuteWithItsSubmitAsFallback()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();

        var (ticket, ticketId) = scenario.PostedTicket();

        var take = Assert.Single(Executes(ticket.Card()));
        Assert.Equal("take-ticket", (string?)take["verb"]);
        Assert.Equal(ticketId, (string?)take["data"]!["ticket"]);
        Assert.Equal("Action.Submit", (string?)take["fallback"]!["type"]);
        Assert.True(JsonNode.DeepEquals(take["data"], take["fallback"]!["data"]));
        Assert.Empty(PolicyBot.Cards.CardValidator.Validate(ticket.Card()));
    }

    [Fact]
    public async Task TakingATicketAnswersWithTheUpdatedCardInPlace()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (ticket, ticketId) = scenario.PostedTicket();
        var cardId = await scenario.CardIdAsync(ticketId);

        var answer = await ExecuteAsync(scenario, Executes(ticket.Card())[0], cardId, "29:olivia", "Olivia Owner");

        Assert.Equal(200, (int?)answer["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)answer["type"]);
        var card = answer["value"]!.AsObject();
        Assert.Contains("Picked up by Olivia Owner", card.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        // The presser took it: in place they see their own view, with the answer field and "Close with an answer" only.
        Assert.Equal(["close-ticket"], Executes(card).Select(b => (string?)b["verb"]));
        Assert.Single(CardQuery.OfType(card, "Input.Text"));
        Assert.Empty(PolicyBot.Cards.CardValidator.Validate(card));
        Assert.Single(scenario.ToChannel("PUT"));
        Assert.Contains("Olivia Owner", scenario.ToEmployee().Last().Json.AllText());
    }

    [Fact]
    public async Task ASecondTakerIsToldWhoHasItInTheInvokesAnswer()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (ticket, ticketId) = scenario.PostedTicket();
        var cardId = await scenario.CardIdAsync(ticketId);
        var take = Executes(ticket.Card())[0];
        await ExecuteAsync(scenario, take, cardId, "29:olivia", "Olivia Owner");

        var answer = await ExecuteAsync(scenario, take, cardId, "29:sam", "Sam Second");

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["type"]);
        Assert.Contains("Olivia Owner", (string?)answer["value"]);
        Assert.Single(scenario.ToChannel("PUT"));
    }

    internal static List<JsonObject> Executes(JsonObject card) =>
        [.. CardQuery.Buttons(card).Where(b => CardQuery.Type(b) == "Action.Execute")];

    /// <summary>A press in the card's thread as Teams sends it: invoke <c>adaptiveCard/action</c>, the presser's AAD id, the tenant.</summary>
    internal static async Task<JsonNode> ExecuteAsync(
        HandoffScenario scenario, JsonObject button, string cardId, string userId, string name, string trigger = "manual", JsonObject? inputs = null)
    {
        var data = button["data"]!.DeepClone().AsObject();
        // Teams merges the card's inputs into the action's data.
        foreach (var (key, value) in inputs ?? []) data[key] = value?.DeepClone();
        var activity = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "execute-" + userId,
            ["serviceUrl"] = scenario.ChannelServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = "aad-" + userId },
            ["recipient"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "PolicyBot" },
            ["conversation"] = new JsonObject { ["id"] = $"{HandoffScenario.Channel};messageid={cardId}", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1" },
            ["replyToId"] = cardId,
            ["locale"] = "en-US",
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
                ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
                ["channel"] = new JsonObject { ["id"] = HandoffScenario.Channel },
            },
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)button["verb"], ["data"] = data },
                ["trigger"] = trigger,
            },
        };
        using var response = await scenario.Host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
