using System.Diagnostics;
using System.Net;
using Npgsql;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

/// <summary>A lock held in PostgreSQL (another instance's long transaction, a migration) fails a turn within its budget, not after Npgsql's 30 s.</summary>
[Collection(PostgresCollection.Name)]
public sealed class LockedSharedStoreTests(PostgresServer server)
{
    [PostgresFact]
    public async Task TurnOnALockedRowGetsTheErrorReplyWithinSecondsAndTheNextTurnAfterTheLockWorks()
    {
        await using var connector = await FakeConnector.StartAsync();
        var connectionString = await server.NewSchemaAsync();
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Storage:Provider=postgres", $"Storage:PostgresConnectionString={connectionString}");
        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));
        var key = StorageKeys.Conversation("msteams", "a:conv-1");

        var clock = Stopwatch.StartNew();
        await using (var holder = new NpgsqlConnection(connectionString))
        {
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();
            await using var lockRow = new NpgsqlCommand("SELECT 1 FROM conversation_state WHERE key = @key FOR UPDATE", holder, transaction);
            lockRow.Parameters.AddWithValue("key", key);
            await lockRow.ExecuteScalarAsync();
            clock.Restart();
            using var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            clock.Stop();
            await transaction.RollbackAsync();
        }
        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the locked turn took {clock.Elapsed}");
        Assert.Equal(["echo hi", "turn 1", "Sorry, that went wrong.", "echo hi", "turn 2"], connector.Requests.Select(r => (string?)r.Json["text"]));
        var stored = await host.Store.ReadAsync(key, default);
        Assert.Equal(2, TestBot.Counter(ConversationDataSerializer.Deserialize(stored!.Data.Span)).StepIndex);
    }
}
