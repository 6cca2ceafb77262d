using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Commands;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.State;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Cards;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Dialogs;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;
using static PolicyBot.Tests.Teams.TicketUniversalActionTests;

namespace PolicyBot.Tests.Teams;

/// <summary>
/// The ticket card per reader on Teams (<c>refresh</c> for the taker) and closing the loop: the taker answers from the
/// card, the employee gets the answer in their chat, the ticket is closed, and the question can go to comms staff.
/// </summary>
public sealed class TicketCloseTheLoopTests
{
    private const string Olivia = "29:olivia";
    private const string Answer = "No: the talks are confidential until the press release. Please ask me again next week.";

    [Fact]
    public async Task TheCardsRefreshIsForNobodyUntilTakenThenForTheTaker()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (ticket, ticketId) = scenario.PostedTicket();
        var posted = ticket.Card();

        var refresh = posted["refresh"]!;
        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal("ticket", (string?)refresh["action"]!["verb"]);
        Assert.Equal(ticketId, (string?)refresh["action"]!["data"]!["ticket"]);
        Assert.Empty(refresh["userIds"]!.AsArray());

        await ExecuteAsync(scenario, Executes(posted)[0], await scenario.CardIdAsync(ticketId), Olivia, "Olivia Owner");

        var updated = scenario.ToChannel("PUT").Last().Json.Card();
        Assert.Equal([Olivia], updated["refresh"]!["userIds"]!.AsArray().Select(id => (string?)id));
        // Everyone else keeps seeing the status: no answer field, no button on the card in the channel.
        Assert.Empty(CardQuery.OfType(updated, "Input.Text"));
        Assert.Empty(CardQuery.Buttons(updated));
        Assert.Empty(CardValidator.Validate(posted));
        Assert.Empty(CardValidator.Validate(updated));
    }

    [Fact]
    public void OtherChannelsGetTheTicketCardWithoutRefresh()
    {
        var content = TestContent.Build();
        var ticket = new TicketDetails { Id = "0a1b2c3d4e", OwnerId = content.Owners[0].Id, Question = "q", PickedUpBy = "Olivia", PickedUpAt = DateTimeOffset.UnixEpoch };

        var webChat = ReplyCards.Build(TicketMessages.Card(content, ticket, Olivia))!;
        var teams = ReplyCards.Build(TicketMessages.Card(content, ticket, Olivia), universalActions: true)!;

        Assert.Null(webChat["refresh"]);
        Assert.NotNull(teams["refresh"]);
    }

    [Fact]
    public async Task TheAutomaticRefreshShowsTheTakerTheAnswerFieldAndOthersTheStatus()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        var (refresh, cardId) = await TakenAsync(scenario);

        var taker = (await ExecuteAsync(scenario, refresh, cardId, Olivia, "Olivia Owner", trigger: "automatic"))["value"]!.AsObject();
        var other = (await ExecuteAsync(scenario, refresh, cardId, "29:sam", "Sam Second", trigger: "automatic"))["value"]!.AsObject();

        var input = Assert.Single(CardQuery.OfType(taker, "Input.Text"));
        Assert.Equal("answer", (string?)input["id"]);
        Assert.Equal("Your answer for the employee", (string?)input["placeholder"]);
        var close = Assert.Single(Executes(taker));
        Assert.Equal(("Action.Execute", "close-ticket", "Close with an answer"), (CardQuery.Type(close), (string?)close["verb"], (string?)close["title"]));
        Assert.Empty(CardQuery.OfType(other, "Input.Text"));
        Assert.Empty(CardQuery.Buttons(other));
        Assert.Contains("Picked up by Olivia Owner", Text(other));
        Assert.Empty(CardValidator.Validate(taker));
        Assert.Empty(CardValidator.Validate(other));
    }

    [Fact]
    public async Task ClosingWithAnAnswerSendsItToTheEmployeeClosesTheTicketAndASecondCloseDoesNothing()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        var (refresh, cardId) = await TakenAsync(scenario);
        var close = await CloseButtonAsync(scenario, refresh, cardId);
        var toEmployee = scenario.ToEmployee().Count();

        var answer = await ExecuteAsync(scenario, close, cardId, Olivia, "Olivia Owner", inputs: new JsonObject { ["answer"] = Answer });

        var sent = scenario.ToEmployee().Skip(toEmployee).Single().Json;
        Assert.Contains("Olivia Owner from Marketing has answered your question:", sent.AllText());
        Assert.Contains(Answer, sent.AllText());
        var stored = (await scenario.Tickets.GetAsync((string)refresh["data"]!["ticket"]!, default))!;
        Assert.Equal(TicketStatus.Closed, stored.Status);
        Assert.Equal(Answer, stored.Details.Answer);
        var card = answer["value"]!.AsObject();
        Assert.Contains("Answered by Olivia Owner", Text(card));
        Assert.Contains(Answer, Text(card));
        Assert.Equal(["suggest-ticket"], Executes(card).Select(b => (string?)b["verb"]));
        Assert.Empty(CardValidator.Validate(card));
        var channelCard = scenario.ToChannel("PUT").Last().Json.Card();
        Assert.Contains("Answered by Olivia Owner", Text(channelCard));
        var puts = scenario.ToChannel("PUT").Count();

        var again = await ExecuteAsync(scenario, close, cardId, Olivia, "Olivia Owner", inputs: new JsonObject { ["answer"] = "Something else" });

        Assert.Equal(toEmployee + 1, scenario.ToEmployee().Count());
        Assert.Equal(puts, scenario.ToChannel("PUT").Count());
        Assert.Equal(Answer, (await scenario.Tickets.GetAsync(stored.Id, default))!.Details.Answer);
        Assert.DoesNotContain("Something else", again.ToJsonString());
    }

    [Fact]
    public async Task AnEmptyAnswerIsAnErrorInPlaceAndSendsNothing()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        var (refresh, cardId) = await TakenAsync(scenario);
        var close = await CloseButtonAsync(scenario, refresh, cardId);
        var toEmployee = scenario.ToEmployee().Count();

        var answer = await ExecuteAsync(scenario, close, cardId, Olivia, "Olivia Owner", inputs: new JsonObject { ["answer"] = "  \n " });

        var card = answer["value"]!.AsObject();
        Assert.Contains("Please write your answer first", Text(card));
        Assert.Single(CardQuery.OfType(card, "Input.Text"));
        Assert.Equal(toEmployee, scenario.ToEmployee().Count());
        Assert.Equal(TicketStatus.PickedUp, (await scenario.Tickets.GetAsync((string)refresh["data"]!["ticket"]!, default))!.Status);
        Assert.Empty(CardValidator.Validate(card));
    }

    [Fact]
    public async Task OnlyTheTakerMayClose()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        var (refresh, cardId) = await TakenAsync(scenario);
        var close = await CloseButtonAsync(scenario, refresh, cardId);
        var toEmployee = scenario.ToEmployee().Count();

        var answer = await ExecuteAsync(scenario, close, cardId, "29:sam", "Sam Second", inputs: new JsonObject { ["answer"] = "Sure, go ahead." });

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer["type"]);
        Assert.Equal("Only Olivia Owner, who picked up this question, can close it.", (string?)answer["value"]);
        Assert.Equal(toEmployee, scenario.ToEmployee().Count());
        Assert.Equal(TicketStatus.PickedUp, (await scenario.Tickets.GetAsync((string)refresh["data"]!["ticket"]!, default))!.Status);
    }

    [Fact]
    public async Task ASuggestedQuestionIsListedByInsightsReviewAndNothingElseChanges()
    {
        await using var scenario = await HandoffScenario.StartAsync(sqlite: true);
        var (refresh, cardId) = await TakenAsync(scenario);
        var close = await CloseButtonAsync(scenario, refresh, cardId);
        var closed = (await ExecuteAsync(scenario, close, cardId, Olivia, "Olivia Owner", inputs: new JsonObject { ["answer"] = Answer }))["value"]!.AsObject();
        var suggest = Assert.Single(Executes(closed));

        var suggested = (await ExecuteAsync(scenario, suggest, cardId, Olivia, "Olivia Owner"))["value"]!.AsObject();
        await ExecuteAsync(scenario, suggest, cardId, Olivia, "Olivia Owner");

        Assert.Contains("Suggested to the comms team as a new trigger phrase.", Text(suggested));
        Assert.Empty(CardQuery.Buttons(suggested));
        // Usage rows are written by a background writer; insights reads the file, so the rows must be in it first.
        await ((BufferedUsageStore)scenario.Host.Services.GetRequiredService<IUsageStore>()).FlushAsync(CancellationToken.None);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BotCommands.InvokeAsync(["insights", "--review", "--Storage:Provider=sqlite", $"--Storage:SqlitePath={scenario.SqlitePath}", "--hostBuilder:reloadConfigOnChange=false"], output, error);
        Assert.Equal(0, exit);
        Assert.Contains($"[en] sales-and-press <- \"{HandoffScenario.Question}\"", output.ToString());
        Assert.DoesNotContain("(2x)", output.ToString());
    }

    [Fact]
    public void TheEmployeeHearsTheAnswerInTheirOwnLanguage()
    {
        var content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;
        var ticket = new TicketDetails { Id = "0a1b2c3d4e", OwnerId = "marketing", Question = "q", Language = PolicyBot.Dialogs.Language.Nl, PickedUpBy = "Olivia", Answer = "Nee, nog niet." };

        var reply = TicketMessages.Answered(content, ticket);

        Assert.StartsWith("Olivia van Marketing heeft je vraag beantwoord:", reply.Text);
        Assert.EndsWith("\n\nNee, nog niet.", reply.Text);
        Assert.Equal(PolicyBot.Dialogs.Language.Nl, reply.Language);
    }

    /// <summary>The channel has a ticket and Olivia took it: the card's refresh action and the card's id.</summary>
    private static async Task<(JsonObject Refresh, string CardId)> TakenAsync(HandoffScenario scenario)
    {
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (ticket, ticketId) = scenario.PostedTicket();
        var cardId = await scenario.CardIdAsync(ticketId);
        await ExecuteAsync(scenario, Executes(ticket.Card())[0], cardId, Olivia, "Olivia Owner");
        return (ticket.Card()["refresh"]!["action"]!.AsObject(), cardId);
    }

    private static async Task<JsonObject> CloseButtonAsync(HandoffScenario scenario, JsonObject refresh, string cardId) =>
        Assert.Single(Executes((await ExecuteAsync(scenario, refresh, cardId, Olivia, "Olivia Owner", trigger: "automatic"))["value"]!.AsObject()));

    private static string Text(JsonObject card) => card.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
