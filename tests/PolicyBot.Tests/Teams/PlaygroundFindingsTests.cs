using System.Text.Json.Nodes;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Teams;

/// <summary>What testing in the Microsoft 365 Agents Playground showed (issue 18), as Teams sends it.</summary>
public sealed class PlaygroundFindingsTests
{
    [Fact]
    public async Task NewChannelThreadsLogTheChannelOnceAndNeverAThreadId()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);

        foreach (var root in new[] { "1700000000001", "1700000000002", "1700000000003" })
        {
            var message = TeamsActivities.Message(connector.Url, "channel", "<at>PolicyBot</at> help", (TestActivities.BotId, "PolicyBot"));
            message["conversation"]!["id"] = $"{TeamsActivities.ChannelConversation};messageid={root}";
            await host.PostActivityAsync(message);
        }

        var learned = host.Logs.Lines.Where(l => l.Contains("can now receive hand-off tickets", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(learned);
        Assert.Contains($"channel conversation {TeamsActivities.ChannelConversation}; it can now", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChannelLearnedFromTwoInstallActivitiesArrivingTogetherIsLoggedOnce()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-playground-");
        try
        {
            await InstallInTwelveTeamsAtOnceAsync(folder);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task InstallInTwelveTeamsAtOnceAsync(DirectoryInfo folder)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null, null, "Storage:Provider=sqlite", $"Storage:SqlitePath={Path.Combine(folder.FullName, "state.db")}");

        // The Agents Playground adds the bot to a team with installationUpdate and conversationUpdate sent at the same
        // moment (as captured from it, with its serviceUrl swapped for the fake connector's); both used to find no
        // reference stored yet and both logged the channel.
        const int Teams = 12;
        for (var i = 0; i < Teams; i++)
        {
            var team = $"team-id-{i}";
            await Task.WhenAll(
                host.PostActivityAsync(PlaygroundActivity(PlaygroundTeamInstall, connector.Url, team)),
                host.PostActivityAsync(PlaygroundActivity(PlaygroundTeamMemberAdded, connector.Url, team)));
        }

        var learned = host.Logs.Lines.Where(l => l.Contains("can now receive hand-off tickets", StringComparison.Ordinal)).ToList();
        Assert.All(Enumerable.Range(0, Teams), i =>
            Assert.Single(learned, l => l.Contains($"channel conversation team-id-{i};", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task AnInstallIsLoggedOnceAndWelcomedOnceAndAReinstallIsNotWelcomedAgain(string conversationType)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var members = conversationType == "personal" ? new[] { TestActivities.BotId, TestActivities.UserId } : [TestActivities.BotId];

        // Teams announces an install twice (installationUpdate, conversationUpdate); installing again, or a new app
        // version (add-upgrade), in the same conversation sends installationUpdate again.
        await host.PostActivityAsync(TeamsActivities.InstallationAdd(connector.Url, conversationType));
        await host.PostActivityAsync(TeamsActivities.MembersAdded(connector.Url, conversationType, members));
        var installs = host.Logs.Lines.Count(l => l.Contains("Installed in conversation", StringComparison.Ordinal));
        await host.PostActivityAsync(TeamsActivities.InstallationAdd(connector.Url, conversationType));
        var upgrade = TeamsActivities.InstallationAdd(connector.Url, conversationType);
        upgrade["action"] = "add-upgrade";
        await host.PostActivityAsync(upgrade);

        Assert.Single(connector.Requests.Select(r => r.Json).Messages());
        Assert.Equal(1, installs);
    }

    [Fact]
    public async Task TheEmployeeSeesTheBotTypingBeforeTheTicketIsPosted()
    {
        await using var scenario = await HandoffScenario.StartAsync();
        await scenario.InstallInChannelAsync();
        var before = scenario.Connector.Requests.Count;

        await scenario.HandOffAsync();

        var toEmployee = scenario.ToEmployee().Select(r => r.Json).ToList();
        var typing = toEmployee.FindIndex(a => (string?)a["type"] == "typing");
        Assert.True(typing >= 0, "no typing activity before the ticket");
        Assert.Equal(1, toEmployee.Count(a => (string?)a["type"] == "typing"));
        var requests = scenario.Connector.Requests.Skip(before).ToList();
        var typingAt = requests.FindIndex(r => r.Body.Contains("\"type\":\"typing\"", StringComparison.Ordinal));
        var ticketAt = requests.FindIndex(r => r.RawTarget == $"/amer/v3/conversations/{HandoffScenario.EscapedChannel}/activities");
        Assert.InRange(typingAt, 0, ticketAt - 1);
        Assert.All(toEmployee.Skip(typing + 1), a => Assert.Equal("message", (string?)a["type"]));
    }

    [Fact]
    public async Task QuickAnswersComeWithoutATypingIndicator()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:quick");

        await chat.JoinAsync();
        await chat.SayAsync("can I share our revenue figures?");
        await chat.PressAsync("cmd:check");
        // A hand-off to an owner without a Teams channel posts no ticket: it is as quick as any other turn.
        await chat.PressAsync("owner:marketing?topic=sales-and-press");
        await chat.SayAsync("Can I mention our new partner?");
        await chat.PressAsync("yes");

        Assert.DoesNotContain(connector.Requests, r => r.Body.Contains("\"type\":\"typing\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoActivityOffersMoreThanThreeSuggestedActions()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:suggested");

        await chat.JoinAsync();
        await chat.SayAsync("help");
        await chat.SayAsync("post about work");
        await chat.SayAsync("how do I book a meeting room for tomorrow");
        await chat.PressAsync("cmd:topics");
        await chat.PressAsync("cmd:check");

        Assert.All(connector.Requests.Select(r => r.Json), a =>
            Assert.InRange(a["suggestedActions"]?["actions"]?.AsArray().Count ?? 0, 0, 3));
    }

    [Theory]
    [InlineData("answer", true)]
    [InlineData("verdict", true)]
    [InlineData("handoff", false)]
    [InlineData("ticket", false)]
    public void OnlyReadingCardsTakeTheFullChatWidth(string kind, bool full)
    {
        CardModel model = kind switch
        {
            "answer" => new AnswerCard("t", "Title", "A long answer"),
            "verdict" => new VerdictCard(VerdictKind.GoAhead, "Title", "Summary"),
            "handoff" => new HandoffCard("Marketing", "Press", "Your question"),
            _ => new TicketCard("Question for Marketing", "May I share this?") { Status = "Waiting" },
        };

        var card = ReplyCards.Build(new MessageReply("Text") { Card = model })!;

        Assert.Equal(full ? "Full" : null, (string?)card["msteams"]?["width"]);
    }

    internal static JsonObject PlaygroundActivity(string json, string serviceUrl, string team) =>
        JsonNode.Parse(json.Replace("{serviceUrl}", serviceUrl, StringComparison.Ordinal).Replace("team-id", team, StringComparison.Ordinal))!.AsObject();

    internal const string PlaygroundTeamInstall = """
        {"type":"installationUpdate","id":"59fe4264-7698-43bb-9dd7-174a28516ad7","from":{"id":"user-id-0","aadObjectId":"00000000-0000-0000-0000-0000000000020"},"timestamp":"2026-12-06T23:42:04.146Z","serviceUrl":"{serviceUrl}","conversation":{"isGroup":true,"conversationType":"channel","tenantId":"00000000-0000-0000-0000-0000000000001","id":"team-id"},"recipient":{"id":"00000000-0000-0000-0000-00000000000011","name":"Test Bot"},"locale":"en-US","entities":[{"type":"clientInfo","locale":"en-US"}],"channelData":{"tenant":{"id":"00000000-0000-0000-0000-0000000000001"},"team":{"id":"team-id","name":"My Team","aadGroupId":"00000000-0000-0000-0000-000000000031"},"channel":{"id":"team-id"},"source":{"name":"message"},"settings":{"selectedChannel":{"id":"team-id"}}},"action":"add","channelId":"msteams"}
        """;

    internal const string PlaygroundTeamMemberAdded = """
        {"type":"conversationUpdate","id":"e40b2462-02d1-4e1f-9a5b-7188af0f637d","from":{"id":"user-id-0","aadObjectId":"00000000-0000-0000-0000-0000000000020"},"timestamp":"2026-12-06T23:42:04.147Z","serviceUrl":"{serviceUrl}","conversation":{"isGroup":true,"conversationType":"channel","tenantId":"00000000-0000-0000-0000-0000000000001","id":"team-id"},"recipient":{"id":"00000000-0000-0000-0000-00000000000011","name":"Test Bot"},"membersAdded":[{"id":"00000000-0000-0000-0000-00000000000011"}],"channelData":{"tenant":{"id":"00000000-0000-0000-0000-0000000000001"},"team":{"id":"team-id","name":"My Team","aadGroupId":"00000000-0000-0000-0000-000000000031"},"eventType":"teamMemberAdded","settings":{"selectedChannel":{"id":"team-id"}}},"channelId":"msteams"}
        """;
}
