using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

public sealed class PrivacyTests
{
    // Words that occur nowhere in the content or the code, so any log line holding one leaked user text.
    private static readonly string[] Secrets = ["Quokkaberry", "Zanzibarium", "Xylophonic", "Wombatcorp", "Kaboomerang", "Fietsenplopper", "Tjilpende"];

    [Fact]
    public async Task NoUserTextReachesAnyLogLineAcrossAWholeConversation()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null, builder =>
        {
            EveryCategoryAtTrace(builder);
            builder.Services.AddSingleton<IBot>(sp => new ExplodingBot(new PolicyBotEngine(sp.GetRequiredService<IContentProvider>())));
        });
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:privacy");

        await chat.JoinAsync();
        await chat.SayAsync("Quokkaberry question: may I share a photo of the Zanzibarium launch with a customer?");
        await chat.PressAsync("cmd:check");
        await chat.SayAsync("Xylophonic");
        await chat.SayAsync("stop");
        await chat.PressAsync("owner:marketing?topic=sales-and-press");
        var confirmation = await chat.SayAsync("Can I post that Wombatcorp is buying us?");
        await chat.PressAsync("yes");
        var apology = await chat.SayAsync("Kaboomerang");
        await chat.SayAsync("Mag ik een foto van de Fietsenplopper en de Tjilpende klant delen?");

        Assert.Contains("Wombatcorp", confirmation.Messages().Last().AllText());
        Assert.Contains("went wrong", apology.Messages().Single().AllText());
        var lines = host.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("[120]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Trace", StringComparison.Ordinal) || l.StartsWith("Debug", StringComparison.Ordinal));
        var leaks = lines.Where(l => Secrets.Any(s => l.Contains(s, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Take(3)));
    }

    [Fact]
    public async Task NoUserTextReachesAnyLogLineAcrossATicketPostedRemindedAndPickedUp()
    {
        await using var scenario = await HandoffScenario.StartAsync(EveryCategoryAtTrace, false, true,
            "Handoff:ReminderAfter=00:00:00.200", "Handoff:ReminderScanInterval=00:00:00.050");
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync(question: "Can I post that Quokkaberry buys Wombatcorp and the Zanzibarium plant?");
        var (card, ticketId) = scenario.PostedTicket();
        var cardId = await scenario.CardIdAsync(ticketId);

        // The reminder in the ticket's thread, then the pick-up (card updated in place, the employee told) and a second press.
        await Eventually.True(() => scenario.Host.Logs.Lines.Any(l => l.Contains("[416]", StringComparison.Ordinal)), "the reminder is logged");
        await scenario.PressTakeAsync(ticketId, cardId, "29:olivia", "Olivia Owner");
        await scenario.PressTakeAsync(ticketId, cardId, "29:sam", "Sam Second");

        Assert.Contains("Wombatcorp", card.AllText());
        Assert.Contains("Wombatcorp", Assert.Single(scenario.ToChannel("PUT")).Json.AllText());
        var lines = scenario.Host.Logs.Lines;
        foreach (var eventId in new[] { "[400]", "[411]", "[416]", "[413]", "[414]" })
            Assert.Contains(lines, l => l.Contains(eventId, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Trace", StringComparison.Ordinal));
        var leaks = lines.Where(l => Secrets.Any(s => l.Contains(s, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Take(3)));
    }

    [Fact]
    public async Task NoUserTextReachesAnyLogLineAcrossATicketAnsweredFromTheCardAndSuggested()
    {
        await using var scenario = await HandoffScenario.StartAsync(EveryCategoryAtTrace, false, true);
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync(question: "Can I post that Quokkaberry buys Wombatcorp?");
        var (card, ticketId) = scenario.PostedTicket();
        var cardId = await scenario.CardIdAsync(ticketId);
        var take = Teams.TicketUniversalActionTests.Executes(card.Card())[0];
        await Teams.TicketUniversalActionTests.ExecuteAsync(scenario, take, cardId, "29:olivia", "Olivia Owner");
        var refresh = card.Card()["refresh"]!["action"]!.AsObject();
        var view = (await Teams.TicketUniversalActionTests.ExecuteAsync(scenario, refresh, cardId, "29:olivia", "Olivia Owner", trigger: "automatic"))["value"]!.AsObject();
        var close = Assert.Single(Teams.TicketUniversalActionTests.Executes(view));
        var answer = new System.Text.Json.Nodes.JsonObject { ["answer"] = "Not before the Zanzibarium announcement." };
        await Teams.TicketUniversalActionTests.ExecuteAsync(scenario, close, cardId, "29:sam", "Sam Second", inputs: answer);
        var closed = (await Teams.TicketUniversalActionTests.ExecuteAsync(scenario, close, cardId, "29:olivia", "Olivia Owner", inputs: answer))["value"]!.AsObject();
        var suggest = Assert.Single(Teams.TicketUniversalActionTests.Executes(closed));
        await Teams.TicketUniversalActionTests.ExecuteAsync(scenario, suggest, cardId, "29:olivia", "Olivia Owner");

        Assert.Contains("Zanzibarium", scenario.ToEmployee().Last().Json.AllText());
        var lines = scenario.Host.Logs.Lines;
        foreach (var eventId in new[] { "[413]", "[431]", "[432]", "[433]" })
            Assert.Contains(lines, l => l.Contains(eventId, StringComparison.Ordinal));
        var leaks = lines.Where(l => Secrets.Any(s => l.Contains(s, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks.Take(3)));
    }

    /// <summary>Every level of every category, Kestrel and HttpClient included.</summary>
    private static void EveryCategoryAtTrace(WebApplicationBuilder builder) =>
        builder.Services.PostConfigure<LoggerFilterOptions>(o =>
        {
            o.Rules.Clear();
            o.MinLevel = LogLevel.Trace;
        });

    /// <summary>The real bot, except that a turn whose text holds "Kaboomerang" throws an exception that quotes the text.</summary>
    private sealed class ExplodingBot(IBot inner) : IBot
    {
        public Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken) =>
            input.Text?.Contains("Kaboomerang", StringComparison.Ordinal) == true
                ? throw new InvalidOperationException($"Could not handle '{input.Text}'")
                : inner.OnTurnAsync(input, state, cancellationToken);

        public MessageReply ErrorReply(TurnInput input, ConversationData? state) => inner.ErrorReply(input, state);
    }
}
