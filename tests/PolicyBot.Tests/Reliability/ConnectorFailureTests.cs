using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

/// <summary>A slow, throttling or failing Bot Connector: bounded retries, the turn answered, its state saved exactly once.</summary>
public sealed class ConnectorFailureTests
{
    private static readonly string Key = StorageKeys.Conversation("msteams", "a:conv-1");

    [Fact]
    public async Task TimedOutSendsAreRetriedAndTheStateIsSavedOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Delay = n => n <= 2 ? TimeSpan.FromSeconds(5) : TimeSpan.Zero;
        var store = new CountingStore();
        var bot = new TestBot();
        await using var host = await StartAsync(bot, store, "Connector:RequestTimeout=00:00:00.200", "Connector:MaxRetries=2");

        var clock = Stopwatch.StartNew();
        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"the turn took {clock.Elapsed}");
        Assert.Equal(4, connector.Requests.Count);
        Assert.Equal(["echo hi", "echo hi", "echo hi", "turn 1"], connector.Requests.Select(r => (string?)r.Json["text"]));
        Assert.Equal(1, store.Writes(Key));
        Assert.Single(bot.Inputs);
    }

    [Fact]
    public async Task ThrottledSendWaitsForRetryAfterThenSucceeds()
    {
        await using var connector = await FakeConnector.StartAsync();
        var arrivals = new List<TimeSpan>();
        var clock = Stopwatch.StartNew();
        connector.Respond = (n, _) =>
        {
            lock (arrivals) arrivals.Add(clock.Elapsed);
            return n == 1 ? (429, new Dictionary<string, string> { ["Retry-After"] = "1" }) : (200, null);
        };
        var store = new CountingStore();
        // MaxRetryDelay caps the bot's own backoff, not the channel's Retry-After: that is waited out as sent.
        await using var host = await StartAsync(new TestBot(), store, "Connector:MaxRetryDelay=00:00:00.050");

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, arrivals.Count);
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromMilliseconds(900), $"retried after {arrivals[1] - arrivals[0]}");
        Assert.Equal(1, store.Writes(Key));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(429)]
    public async Task ConnectorThatKeepsFailingGetsBoundedRetriesAndTheStateIsSavedOnce(int status)
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Respond = (_, _) => (status, new Dictionary<string, string> { ["Retry-After"] = "0" });
        var store = new CountingStore();
        var bot = new TestBot();
        await using var host = await StartAsync(bot, store, "Connector:MaxRetries=3");

        var clock = Stopwatch.StartNew();
        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"the turn took {clock.Elapsed}");
        // Two replies, each tried once and retried three times; the turn ran and was saved once.
        Assert.Equal(8, connector.Requests.Count);
        Assert.Single(bot.Inputs);
        Assert.Equal(1, store.Writes(Key));
    }

    [Fact]
    public async Task UnreachableConnectorStillSavesTheTurnOnceAndTheNextTurnContinues()
    {
        await using var connector = await FakeConnector.StartAsync();
        var store = new CountingStore();
        var bot = new TestBot();
        await using var host = await StartAsync(bot, store, "Connector:MaxRetries=1");
        var deadUrl = "http://127.0.0.1:9";

        var first = await host.PostActivityAsync(TestActivities.Message(deadUrl, "hi"));
        var next = TestActivities.Message(connector.Url, "again");
        next["id"] = "activity-2";
        await host.PostActivityAsync(next);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, store.Writes(Key));
        Assert.Equal("turn 2", (string?)connector.Requests[^1].Json["text"]);
    }

    private static Task<BotHost> StartAsync(TestBot bot, CountingStore store, params string[] settings) =>
        BotHost.StartAsync(bot, b => b.Services.AddSingleton<IConversationStore>(store), settings);
}
