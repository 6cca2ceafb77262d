using Microsoft.Extensions.Logging;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Tools;

public sealed class UsageStoreTests
{
    private static readonly UsageRecord Topic = new("2026-W49", "topic", "en") { TopicId = "may-i-share" };

    [Fact]
    public async Task AddingDoesNotWaitForTheStoreAndListingWaitsForWhatWasAdded()
    {
        var inner = new GatedStore();
        await using var store = new BufferedUsageStore(inner, new CapturingLoggerProvider().CreateLogger("usage"));

        var add = store.AddAsync([Topic, Topic], CancellationToken.None);
        var list = store.ListAsync("0000", CancellationToken.None);
        await Task.Delay(100);

        Assert.True(add.IsCompletedSuccessfully);
        Assert.False(list.IsCompleted);
        inner.Open.Release();
        Assert.Equal(2, (await list.WaitAsync(TimeSpan.FromSeconds(10))).Count);
    }

    [Fact]
    public async Task AFailingStoreIsLoggedAndDoesNotHoldUpListing()
    {
        var logs = new CapturingLoggerProvider();
        await using var store = new BufferedUsageStore(new FailingStore(), logs.CreateLogger("usage"));

        await store.AddAsync([Topic], CancellationToken.None);
        await store.FlushAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains(logs.Lines, l => l.Contains("[500] Usage events were not recorded: System.InvalidOperationException", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFullQueueDropsEventsAndSaysHowMany()
    {
        var logs = new CapturingLoggerProvider();
        var inner = new GatedStore();
        await using var store = new BufferedUsageStore(inner, logs.CreateLogger("usage"), capacity: 2);

        await store.AddAsync([Topic], CancellationToken.None);
        await inner.Entered.WaitAsync(TimeSpan.FromSeconds(10));
        await store.AddAsync([Topic, Topic, Topic, Topic], CancellationToken.None);
        inner.Open.Release(10);
        await store.FlushAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains(logs.Lines, l => l.Contains("[501] 2 usage events were dropped", StringComparison.Ordinal));
        Assert.Equal(3, inner.Stored.Count);
    }

    [Fact]
    public async Task SqliteUsageWritesWaitForTheFileWriteGateSharedWithTheStateWrites()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policybot-usage-{Guid.NewGuid():N}.db");
        await using var store = new SqliteUsageStore(path);
        await store.AddAsync([Topic], CancellationToken.None);
        var gate = SqliteWriteGate.For(path);

        await gate.WaitAsync();
        var add = store.AddAsync([Topic], CancellationToken.None);
        await Task.Delay(150);
        var completedWhileGateHeld = add.IsCompleted;
        gate.Release();
        await add.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(completedWhileGateHeld);
        Assert.Equal(2, (await store.ListAsync("0000", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task BotStoresUsageInTheSameSqliteFileAsItsState()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-usage-");
        await using (var host = await BotHost.StartAsync(null, settings: ["Storage:Provider=sqlite", $"Storage:SqlitePath={Path.Combine(folder.FullName, "bot.db")}"]))
        {
            using var response = await host.PostActivityAsync(TestActivities.Message("http://127.0.0.1:9", "can I share our revenue figures?").ExpectReplies());
            response.EnsureSuccessStatusCode();
        }

        await using var reopened = new SqliteUsageStore(Path.Combine(folder.FullName, "bot.db"));
        Assert.Contains(await reopened.ListAsync("0000", CancellationToken.None), r => r.TopicId == "confidential-information");
    }

    private sealed class GatedStore : IUsageStore
    {
        public SemaphoreSlim Open { get; } = new(0);
        public SemaphoreSlim Entered { get; } = new(0);
        public List<UsageRecord> Stored { get; } = [];

        public async Task AddAsync(IReadOnlyList<UsageRecord> records, CancellationToken cancellationToken)
        {
            Entered.Release();
            await Open.WaitAsync(cancellationToken);
            lock (Stored) Stored.AddRange(records);
        }

        public Task<IReadOnlyList<UsageRecord>> ListAsync(string fromWeek, CancellationToken cancellationToken)
        {
            lock (Stored) return Task.FromResult<IReadOnlyList<UsageRecord>>([.. Stored]);
        }
    }

    private sealed class FailingStore : IUsageStore
    {
        public Task AddAsync(IReadOnlyList<UsageRecord> records, CancellationToken cancellationToken) => throw new InvalidOperationException();

        public Task<IReadOnlyList<UsageRecord>> ListAsync(string fromWeek, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<UsageRecord>>([]);
    }
}
