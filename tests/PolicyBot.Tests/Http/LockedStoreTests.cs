using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;
using PolicyBot.Tests.State;

namespace PolicyBot.Tests.Http;

/// <summary>
/// A real write lock on the bot's SQLite file (a backup, an open <c>sqlite3</c> shell): turns fail fast with the polite
/// error reply instead of stalling, and the bot works again, with nothing lost, once the lock goes.
/// </summary>
public sealed class LockedStoreTests : IDisposable
{
    private static readonly TimeSpan FewSeconds = TimeSpan.FromSeconds(5);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("policybot-locked-");

    private string DatabasePath => Path.Combine(_folder.FullName, "bot.db");

    [Fact]
    public async Task TurnOnALockedFileGetsTheErrorReplyWithinSecondsAndTheNextTurnAfterTheLockWorks()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await StartAsync();
        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        var clock = Stopwatch.StartNew();
        using (var response = await WhileLockedAsync(() => host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"))))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var locked = clock.Elapsed;
        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.True(locked < FewSeconds, $"the locked turn took {locked}");
        Assert.Equal(["echo hi", "turn 1", "Sorry, that went wrong.", "echo hi", "turn 2"], connector.Requests.Select(r => (string?)r.Json["text"]));
        Assert.Contains(host.Logs.Lines, l => l.Contains("[120]", StringComparison.Ordinal) && l.Contains("SqliteException", StringComparison.Ordinal));
        Assert.Equal(2, await StoredTurnsAsync("a:conv-1"));
    }

    [Fact]
    public async Task ManyTurnsOnALockedFileFailTogetherWithinSecondsAndAllWorkAfterTheLock()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await StartAsync();
        var conversations = Enumerable.Range(0, 12).Select(i => $"a:conv-{i}").ToList();
        await Task.WhenAll(conversations.Select(c => host.PostActivityAsync(TestActivities.Message(connector.Url, "hi", c))));

        var clock = Stopwatch.StartNew();
        var responses = await WhileLockedAsync(() => Task.WhenAll(conversations.Select(c => host.PostActivityAsync(TestActivities.Message(connector.Url, "hi", c)))));
        var locked = clock.Elapsed;
        await Task.WhenAll(conversations.Select(c => host.PostActivityAsync(TestActivities.Message(connector.Url, "hi", c))));

        Assert.True(locked < FewSeconds, $"the locked turns took {locked}");
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(12, connector.Requests.Count(r => (string?)r.Json["text"] == "Sorry, that went wrong."));
        foreach (var conversation in conversations) Assert.Equal(2, await StoredTurnsAsync(conversation));
    }

    [Fact]
    public async Task TicketWriteOnALockedFileFailsWithinSeconds()
    {
        var tickets = new SqliteTicketStore(DatabasePath);
        await tickets.ListWaitingAsync(DateTimeOffset.UtcNow, default);

        var clock = Stopwatch.StartNew();
        await WhileLockedAsync(() => Assert.ThrowsAsync<SqliteException>(() => tickets.CreateAsync(TicketStoreContract.NewTicket("t1", DateTimeOffset.UtcNow), default)));

        Assert.True(clock.Elapsed < FewSeconds, $"the locked write took {clock.Elapsed}");
        Assert.NotNull(await tickets.CreateAsync(TicketStoreContract.NewTicket("t1", DateTimeOffset.UtcNow), default));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private Task<BotHost> StartAsync() =>
        BotHost.StartAsync(new TestBot(), null, "Storage:Provider=sqlite", $"Storage:SqlitePath={DatabasePath}");

    /// <summary>Runs <paramref name="action"/> while a second connection holds the file's write lock, as a <c>sqlite3</c> shell would.</summary>
    private async Task<T> WhileLockedAsync<T>(Func<Task<T>> action)
    {
        await using var holder = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }
        try
        {
            return await action();
        }
        finally
        {
            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }
    }

    private async Task<int> StoredTurnsAsync(string conversationId)
    {
        using var store = new SqliteConversationStore(DatabasePath);
        var stored = await store.ReadAsync(StorageKeys.Conversation("msteams", conversationId), default);
        return TestBot.Counter(ConversationDataSerializer.Deserialize(stored!.Data.Span)).StepIndex;
    }
}
