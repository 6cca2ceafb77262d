using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

/// <summary>One send (every attempt and wait), or the replies of one turn, stay inside Connector:SendBudget (Retry-After as sent: ConnectorFailureTests).</summary>
public sealed class ConnectorBudgetTests
{
    [Fact]
    public async Task RetryAfterThatDoesNotFitTheBudgetGivesUpAtOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Respond = (_, _) => (429, new Dictionary<string, string> { ["Retry-After"] = "2" });
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Connector:SendBudget=00:00:01");

        var clock = Stopwatch.StartNew();
        var result = await Client(host).SendAsync(Reply(connector.Url), default);

        Assert.Null(result);
        Assert.Single(connector.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"gave up after {clock.Elapsed}");
        var line = Assert.Single(host.Logs.Lines, l => l.Contains("[207]", StringComparison.Ordinal));
        Assert.StartsWith("Error", line, StringComparison.Ordinal);
        Assert.Contains("(429)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStalledChannelIsAbandonedWhenTheBudgetRunsOutNotAfterRequestTimeout()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Delay = _ => TimeSpan.FromSeconds(20);
        await using var host = await BotHost.StartAsync(new TestBot(), null,
            "Connector:SendBudget=00:00:00.800", "Connector:RequestTimeout=00:00:10", "Connector:MaxRetries=3");

        var clock = Stopwatch.StartNew();
        var result = await Client(host).SendAsync(Reply(connector.Url), default);

        Assert.Null(result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"gave up after {clock.Elapsed}");
        Assert.Single(connector.Requests);
        Assert.Contains(host.Logs.Lines, l => l.Contains("[207]", StringComparison.Ordinal) && l.Contains("Timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheRepliesOfOneTurnShareOneBudget()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Delay = _ => TimeSpan.FromSeconds(20);
        // The test bot answers every message with two replies; a budget each would hold the turn for 2 s.
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Connector:SendBudget=00:00:01", "Connector:RequestTimeout=00:00:10");

        var clock = Stopwatch.StartNew();
        using var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hello"));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.8), $"the turn took {clock.Elapsed}");
        Assert.Equal(2, host.Logs.Lines.Count(l => l.Contains("[207]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RetriesStopWhenTheNextWaitWouldPassTheBudget()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot(), null,
            "Connector:SendBudget=00:00:02", "Connector:RetryBaseDelay=00:00:00.400", "Connector:MaxRetryDelay=00:00:10", "Connector:MaxRetries=10");
        // One delivered send first, so the measured attempts do not pay for a cold connection and JIT on a busy machine.
        Assert.NotNull(await Client(host).SendAsync(Reply(connector.Url), default));
        var before = connector.Requests.Count;
        connector.Respond = (_, _) => (503, null);

        var clock = Stopwatch.StartNew();
        var result = await Client(host).SendAsync(Reply(connector.Url), default);

        // Waits of about 0.4 s, 0.8 s and 1.6 s (±20 %): the third no longer fits in a budget of 2 s. The attempts
        // themselves stay far from the budget's end, so a slow machine cannot turn the 503 into a timeout.
        Assert.Null(result);
        Assert.InRange(connector.Requests.Count - before, 2, 3);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"gave up after {clock.Elapsed}");
        Assert.Contains(host.Logs.Lines, l => l.Contains("[207]", StringComparison.Ordinal) && l.Contains("(503)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:00.050")]
    [InlineData("01:00:00")]
    public async Task ASendBudgetOutOfRangeStopsTheStart(string budget)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(new TestBot(), null, $"Connector:SendBudget={budget}"));

        Assert.Contains("Connector:SendBudget", error.ToString(), StringComparison.Ordinal);
    }

    private static ConnectorClient Client(BotHost host) => host.Services.GetRequiredService<ConnectorClient>();

    private static Activity Reply(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:conv" },
        Text = "hello",
    };
}
