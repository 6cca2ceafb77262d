using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Hosting;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

/// <summary>A channel that resends an activity (same conversation, same id) gets 200, and the turn does not run twice.</summary>
public sealed class ReplayTests
{
    private const string ReplayOn = "Bot:ReplayWindow=00:05:00";

    [Fact]
    public async Task ResentActivityIsAcknowledgedWithoutRunningTheTurnAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot, null, ReplayOn);
        var activity = TestActivities.Message(connector.Url, "hi");

        var first = await host.PostActivityAsync(activity);
        var resent = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Single(bot.Inputs);
        Assert.Equal(["echo hi", "turn 1"], connector.Requests.Select(r => (string?)r.Json["text"]));
        Assert.Contains(host.Logs.Lines, l => l.Contains("[114]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResendRacingTheOriginalRunsOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot, null, ReplayOn);
        var activity = TestActivities.Message(connector.Url, "sleep");

        var responses = await Task.WhenAll(host.PostActivityAsync(activity), host.PostActivityAsync(activity), host.PostActivityAsync(activity));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(bot.Inputs);
    }

    [Fact]
    public async Task SameIdInAnotherConversationAndNewIdsStillRun()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot, null, ReplayOn);

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "one", "a:conv-1"));
        await host.PostActivityAsync(TestActivities.Message(connector.Url, "two", "a:conv-2"));
        var next = TestActivities.Message(connector.Url, "three", "a:conv-1");
        next["id"] = "activity-2";
        await host.PostActivityAsync(next);

        Assert.Equal(3, bot.Inputs.Count);
    }

    [Fact]
    public async Task ResentExpectRepliesActivityGetsAnEmptyListNotTheRepliesAgain()
    {
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot, null, ReplayOn);
        var activity = TestActivities.Message("http://127.0.0.1:1", "hi").ExpectReplies();

        await host.PostActivityAsync(activity);
        var resent = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Empty(JsonNode.Parse(await resent.Content.ReadAsStringAsync())!["activities"]!.AsArray());
        Assert.Single(bot.Inputs);
    }

    [Fact]
    public async Task InvokesAreNeverSkippedBecauseTheirAnswerIsTheResponse()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot, null, ReplayOn);
        var value = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"x","data":{"choice":"a"}}}""");
        var invoke = TestActivities.Invoke(connector.Url, NoTurnActivities.AdaptiveCardActionInvoke, value);

        var first = await host.PostActivityAsync(invoke);
        var again = await host.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(2, bot.Inputs.Count);
    }

    [Fact]
    public async Task WindowOfZeroRunsEveryResend()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot, null, "Bot:ReplayWindow=00:00:00");
        var activity = TestActivities.Message(connector.Url, "hi");

        await host.PostActivityAsync(activity);
        await host.PostActivityAsync(activity);

        Assert.Equal(2, bot.Inputs.Count);
    }

    [Fact]
    public void ReplayIsForgottenAfterTheWindow()
    {
        var clock = new ManualClock();
        var replays = new ActivityReplays(Options.Create(new BotOptions { ReplayWindow = TimeSpan.FromMinutes(5) }), clock);

        replays.Remember("msteams/conversations/a:1", "activity-1");
        var within = replays.IsReplay("msteams/conversations/a:1", "activity-1");
        clock.Now += TimeSpan.FromMinutes(6);

        Assert.True(within);
        Assert.False(replays.IsReplay("msteams/conversations/a:1", "activity-1"));
        Assert.False(replays.IsReplay("msteams/conversations/a:1", null));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(2_000)]
    public void OnlyTheSameConversationAndActivityIsAReplay(int idLength)
    {
        var replays = new ActivityReplays(Options.Create(new BotOptions { ReplayWindow = TimeSpan.FromMinutes(5) }), new ManualClock());
        var conversation = "msteams/conversations/a:" + new string('x', idLength);

        replays.Remember(conversation, "activity-1");

        Assert.True(replays.IsReplay(conversation, "activity-1"));
        Assert.False(replays.IsReplay(conversation, "activity-2"));
        Assert.False(replays.IsReplay(conversation + "y", "activity-1"));
        // The boundary between the two ids counts: ("…a", "b") is not ("…", "ab").
        replays.Remember("c:1a", "b");
        Assert.False(replays.IsReplay("c:1", "ab"));
        Assert.True(replays.IsReplay("c:1a", "b"));
    }

    [Fact]
    public void AFullMemoryForgetsTheOldestActivitiesFirst()
    {
        var replays = new ActivityReplays(Options.Create(new BotOptions { ReplayWindow = TimeSpan.FromMinutes(5) }), new ManualClock());

        for (var i = 0; i < ActivityReplays.Capacity + 10; i++) replays.Remember("c:" + i, "a");

        Assert.False(replays.IsReplay("c:0", "a"));
        Assert.False(replays.IsReplay("c:9", "a"));
        Assert.True(replays.IsReplay("c:10", "a"));
        Assert.True(replays.IsReplay("c:" + (ActivityReplays.Capacity + 9), "a"));
    }

    [Fact]
    public void RememberingAnActivityAgainCountsFromTheLaterTime()
    {
        var clock = new ManualClock();
        var replays = new ActivityReplays(Options.Create(new BotOptions { ReplayWindow = TimeSpan.FromMinutes(5) }), clock);

        replays.Remember("c:1", "a");
        clock.Now += TimeSpan.FromMinutes(4);
        replays.Remember("c:1", "a");
        clock.Now += TimeSpan.FromMinutes(2);
        // Remembering another activity drops the first entry of c:1, which is past the window by now.
        replays.Remember("c:2", "a");

        Assert.True(replays.IsReplay("c:1", "a"));
        clock.Now += TimeSpan.FromMinutes(4);
        Assert.False(replays.IsReplay("c:1", "a"));
    }

    [Fact]
    public void AFullMemoryTakesUnderFourMegabytes()
    {
        var replays = new ActivityReplays(Options.Create(new BotOptions { ReplayWindow = TimeSpan.FromMinutes(5) }), new ManualClock());
        var before = GC.GetAllocatedBytesForCurrentThread();

        replays.Remember("c:1", "a");

        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 1, 4_000_000);
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
