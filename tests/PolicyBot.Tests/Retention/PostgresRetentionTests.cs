using System.Reflection;
using Npgsql;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.Retention;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Reliability;

namespace PolicyBot.Tests.Retention;

/// <summary>Retention and erasure on PostgreSQL on 127.0.0.1 (scale-out): the same contract, old databases, and sweepers on several instances at once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRetentionTests(PostgresServer server)
{
    [PostgresFact]
    public async Task PostgresKeepsTheRetentionContract()
    {
        var facts = typeof(RetentionContract).GetMethods().Where(m => m.GetCustomAttribute<FactAttribute>() is not null).ToList();
        Assert.NotEmpty(facts);
        foreach (var fact in facts) await (Task)fact.Invoke(new Contract(await server.NewSchemaAsync()), null)!;
    }

    [PostgresFact]
    public async Task ThreeInstancesSweepingAtOnceRemoveEveryRowOnceWithoutErrors()
    {
        var connectionString = await server.NewSchemaAsync();
        var contract = new Contract(connectionString);
        var s = await contract.StoresAsync();
        for (var i = 0; i < 300; i++) await s.State.WriteAsync(StorageKeys.Conversation("msteams", $"a:{i}"), "{}"u8.ToArray(), "*", default);
        await ExecuteAsync(connectionString, "UPDATE conversation_state SET updated_at = now() - interval '40 days'");
        var sweepers = Enumerable.Range(0, 3).Select(_ => RetentionContract.SweeperFor(s with { Retention = new PostgresRetentionStore(connectionString) }, batchSize: 7)).ToList();

        var swept = await Task.WhenAll(sweepers.Select(w => w.SweepAsync(default)));

        var keys = swept.SelectMany(b => b.StateKeys).ToList();
        Assert.Equal(300, keys.Count);
        Assert.Equal(300, keys.Distinct().Count());
    }

    [PostgresFact]
    public async Task ADatabaseFromBeforeRetentionIsMigratedAndItsTicketsAreFoundByUser()
    {
        var connectionString = await server.NewSchemaAsync();
        var old = RetentionContract.NewTicket("00000000cc", DateTimeOffset.UtcNow, "a:mine", "29:employee");
        await ExecuteAsync(connectionString, """
            CREATE TABLE conversation_state (key TEXT NOT NULL PRIMARY KEY, data BYTEA NOT NULL, version BIGINT NOT NULL, updated_at TIMESTAMPTZ NOT NULL);
            CREATE TABLE tickets (id TEXT NOT NULL PRIMARY KEY, data BYTEA NOT NULL, version BIGINT NOT NULL, status TEXT NOT NULL, reminded BOOLEAN NOT NULL, created_at TIMESTAMPTZ NOT NULL);
            INSERT INTO tickets VALUES ('00000000cc', @data, 1, 'open', false, now());
            """, ("data", old.Serialize()));

        var report = await new PostgresRetentionStore(connectionString).ForgetUserAsync("29:employee", default);

        Assert.Equal(["00000000cc"], report.TicketsDeleted);
        Assert.Null(await new PostgresTicketStore(connectionString).GetAsync("00000000cc", default));
    }

    private static async Task ExecuteAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class Contract(string connectionString) : RetentionContract
    {
        public Task<Stores> StoresAsync() => CreateAsync();

        protected override Task<Stores> CreateAsync() => Task.FromResult(new Stores(
            new PostgresConversationStore(connectionString), new PostgresTicketStore(connectionString),
            new PostgresUsageStore(connectionString), new PostgresRetentionStore(connectionString), new PostgresAnsweredStore(connectionString)));

        protected override async Task SetUpdatedAtAsync(string key, DateTimeOffset time) =>
            await ExecuteAsync(connectionString, "UPDATE conversation_state SET updated_at = @at WHERE key = @key", ("at", time.ToUniversalTime()), ("key", key));
    }
}
