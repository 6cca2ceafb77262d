using System.Net;
using PolicyBot.Bot.Hosting;
using PolicyBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Tests.Http;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task TurnsOfOneConversationNeverOverlap()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            host.PostActivityAsync(TestActivities.Message(connector.Url, "sleep"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, bot.MaxConcurrentTurns);
        // No lost update (each turn saw the previous one's state), and the replies of a turn stay together.
        var texts = connector.Requests.Select(r => (string?)r.Json["text"]);
        Assert.Equal(["echo sleep", "turn 1", "echo sleep", "turn 2", "echo sleep", "turn 3", "echo sleep", "turn 4"], texts);
        Assert.Equal(0, host.Services.GetRequiredService<ConversationLocks>().Count);
    }

    [Fact]
    public async Task TurnsOfDifferentConversationsRunInParallel()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot { SleepTime = TimeSpan.FromMilliseconds(100) };
        await using var host = await BotHost.StartAsync(bot);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            host.PostActivityAsync(TestActivities.Message(connector.Url, "sleep", conversationId: $"a:conv-{i}"))));

        // Under the per-conversation lock this would be 1; wall-clock checks are too flaky on a busy machine.
        Assert.True(bot.MaxConcurrentTurns > 1, $"max concurrent turns was {bot.MaxConcurrentTurns}");
    }

    [Fact]
    public async Task LockTableOnlyHoldsConversationsInFlight()
    {
        var locks = new ConversationLocks();

        var first = await locks.AcquireAsync("a", default);
        var waiting = locks.AcquireAsync("a", default);
        var other = await locks.AcquireAsync("b", default);

        Assert.Equal(2, locks.Count);
        Assert.False(waiting.IsCompleted);
        first.Dispose();
        (await waiting).Dispose();
        other.Dispose();
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task CancelledWaitLeavesNoEntryBehind()
    {
        var locks = new ConversationLocks();
        var held = await locks.AcquireAsync("a", default);
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("a", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
        Assert.Equal(0, locks.Count);
    }
}
