using System.Text.Json.Nodes;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.EndToEnd;

/// <summary>Hand-off tickets end to end: real bot on Kestrel, real dialogs and content, fake Bot Connector.</summary>
public class HandoffTicketTests
{
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;

    [Fact]
    public async Task ConfirmedHandoffPostsATicketToTheOwnersChannelAtItsStoredReference()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();

        var replies = await scenario.HandOffAsync();

        var (ticket, ticketId) = scenario.PostedTicket();
        Assert.Equal("message", (string?)ticket["type"]);
        Assert.Equal(scenario.ChannelServiceUrl, (string?)ticket["serviceUrl"]);
        Assert.Equal(HandoffScenario.Channel, (string?)ticket["conversation"]!["id"]);
        Assert.Equal("tenant-1", (string?)ticket["conversation"]!["tenantId"]);
        Assert.Equal("tenant-1", (string?)ticket["channelData"]!["tenant"]!["id"]);
        Assert.Equal(TestActivities.BotId, (string?)ticket["from"]!["id"]);
        var card = ticket.AllText();
        Assert.Contains("Fabrikam", card);
        Assert.Contains(Content.Topic("sales-and-press")!.Title.En, card);
        Assert.Contains("take it", card);

        var links = replies.Messages().SelectMany(r => r.OpenUrls()).ToList();
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=marketing%40contoso.com&message=Can%20I%20post%20that%20we%20are%20in%20talks%20with%20Fabrikam%3F", links);
        Assert.Contains("mailto:marketing@contoso.com?body=Can%20I%20post%20that%20we%20are%20in%20talks%20with%20Fabrikam%3F", links);
        Assert.Contains(replies.Messages(), r => r.AllText().Contains(ticketId) && r.AllText().Contains("Teams channel"));
        Assert.Contains(scenario.Host.Logs.Lines, l => l.Contains($"Installed in conversation {HandoffScenario.Channel}"));
        Assert.DoesNotContain(scenario.Host.Logs.Lines, l => l.Contains("Fabrikam"));
    }

    [Fact]
    public async Task PickUpUpdatesTheCardInPlaceAndTellsTheEmployee()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (_, ticketId) = scenario.PostedTicket();
        var cardId = await scenario.CardIdAsync(ticketId);

        await scenario.PressTakeAsync(ticketId, cardId, "29:olivia", "Olivia Owner");

        var update = Assert.Single(scenario.ToChannel("PUT"));
        Assert.Equal($"/amer/v3/conversations/{HandoffScenario.EscapedChannel}/activities/{Uri.EscapeDataString(cardId)}", update.RawTarget);
        Assert.Equal(cardId, (string?)update.Json["id"]);
        Assert.Contains("Picked up by Olivia Owner", update.Json.AllText());
        Assert.Contains("Fabrikam", update.Json.AllText());
        Assert.DoesNotContain(update.Json.SubmitActions(), a => a is TakeTicket);
        var news = scenario.ToEmployee().Last();
        Assert.Equal("POST", news.Method);
        Assert.Equal($"/v3/conversations/{HandoffScenario.EscapedEmployee}/activities", news.RawTarget);
        Assert.Contains("Olivia Owner", news.Json.AllText());
    }

    [Fact]
    public async Task ASecondPresserIsToldWhoHasItAndTheCardStaysAsItIs()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (_, ticketId) = scenario.PostedTicket();
        var cardId = await scenario.CardIdAsync(ticketId);
        await scenario.PressTakeAsync(ticketId, cardId, "29:olivia", "Olivia Owner");
        var before = scenario.Connector.Requests.Count;

        await scenario.PressTakeAsync(ticketId, cardId, "29:sam", "Sam Second");

        var after = scenario.Connector.Requests.Skip(before).ToList();
        var told = Assert.Single(after);
        Assert.Equal("POST", told.Method);
        Assert.Contains(Uri.EscapeDataString($"{HandoffScenario.Channel};messageid={cardId}"), told.RawTarget);
        Assert.Contains("already been picked up by Olivia Owner", told.Json.AllText());
        Assert.Single(scenario.ToChannel("PUT"));
    }

    [Fact]
    public async Task ATakeButtonReplayedOutsideTheOwnersChannelClaimsNothing()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (_, ticketId) = scenario.PostedTicket();
        var chat = new ChatSession(scenario.Host, scenario.Connector, "msteams", "en-US", HandoffScenario.Employee);

        var answer = await chat.PressAsync("ticket:take:" + ticketId);
        await chat.PressAsync("ticket:take:<script>my draft post</script>");

        Assert.Contains("can't find this ticket", answer.Messages().Single().AllText(), StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Open, (await scenario.Tickets.GetAsync(ticketId, default))!.Status);
        Assert.Empty(scenario.ToChannel("PUT"));
        Assert.DoesNotContain(scenario.Host.Logs.Lines, l => l.Contains("my draft post", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATicketPostedBeforeARestartCanBePickedUpAfterIt()
    {
        await using var scenario = await HandoffScenario.StartAsync(sqlite: true);
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (_, ticketId) = scenario.PostedTicket();
        var cardId = await scenario.CardIdAsync(ticketId);

        await scenario.RestartAsync();
        await scenario.PressTakeAsync(ticketId, cardId, "29:olivia", "Olivia Owner");

        var update = Assert.Single(scenario.ToChannel("PUT"));
        Assert.EndsWith($"/activities/{Uri.EscapeDataString(cardId)}", update.RawTarget);
        Assert.Contains("Olivia Owner", update.Json.AllText());
        Assert.Contains("Olivia Owner", scenario.ToEmployee().Last().Json.AllText());
    }

    [Fact]
    public async Task ATicketNobodyPicksUpIsRemindedOnceInItsThread()
    {
        await using var scenario = await HandoffScenario.StartAsync(false, true,
            "Handoff:ReminderAfter=00:00:00.200", "Handoff:ReminderScanInterval=00:00:00.050");
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (_, ticketId) = scenario.PostedTicket();
        var cardId = await scenario.CardIdAsync(ticketId);
        var thread = $"/amer/v3/conversations/{Uri.EscapeDataString($"{HandoffScenario.Channel};messageid={cardId}")}/activities/{Uri.EscapeDataString(cardId)}";

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!scenario.Connector.Requests.Any(r => r.RawTarget == thread) && DateTime.UtcNow < deadline) await Task.Delay(25);
        await Task.Delay(400);

        var reminder = Assert.Single(scenario.Connector.Requests, r => r.RawTarget == thread);
        Assert.Contains("Reminder", reminder.Json.AllText());
        Assert.Contains(ticketId, reminder.Json.AllText());
        Assert.DoesNotContain("Fabrikam", reminder.Json.AllText());
    }

    [Fact]
    public async Task WithoutAReferenceForTheChannelTheEmployeeStillGetsTheLinksAndTheOwnerIsLogged()
    {
        await using var scenario = await HandoffScenario.StartAsync();

        var replies = await scenario.HandOffAsync();

        Assert.Empty(scenario.ToChannel());
        Assert.Contains(replies.Messages(), r => r.AllText().Contains("https://teams.microsoft.com/l/chat/0/0?users="));
        Assert.Contains(scenario.Host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Owner marketing has a Teams channel"));
    }

    [Fact]
    public async Task DeclinedHandoffSendsNoTicketAndNoText()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();

        var replies = await scenario.HandOffAsync(confirm: false);

        // The only thing in the channel is the bot's greeting when it was added (a reply to the installationUpdate).
        Assert.All(scenario.ToChannel(), r => Assert.Equal("install-0", (string?)r.Json["replyToId"]));
        Assert.DoesNotContain(replies, r => r.ToJsonString().Contains("Fabrikam"));
    }

    [Fact]
    public async Task EmulatorGetsTheHandoffInitiateEventWithTheTicket()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();

        var replies = await scenario.HandOffAsync("emulator", "abc|livechat");

        var (_, ticketId) = scenario.PostedTicket();
        var handoff = Assert.Single(replies, r => (string?)r["type"] == "event");
        Assert.Equal("handoff.initiate", (string?)handoff["name"]);
        Assert.Equal("marketing", (string?)handoff["value"]!["owner"]);
        Assert.Equal("sales-and-press", (string?)handoff["value"]!["topic"]);
        Assert.Equal("en", (string?)handoff["value"]!["language"]);
        Assert.Equal(ticketId, (string?)handoff["value"]!["ticketId"]);
        Assert.Equal("abc|livechat", (string?)handoff["relatesTo"]!["conversation"]!["id"]);
        Assert.Equal(TestActivities.UserId, (string?)handoff["from"]!["id"]);
    }
}
