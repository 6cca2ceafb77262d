using Microsoft.Data.Sqlite;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.Retention;
using PolicyBot.Bot.State;

namespace PolicyBot.Tests.Retention;

/// <summary>Retention and erasure on a real SQLite file in a temp folder, including a file made before the retention columns.</summary>
public sealed class SqliteRetentionTests : RetentionContract, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("policybot-retention-");

    private string DatabasePath => Path.Combine(_directory.FullName, "policybot.db");

    protected override Task<Stores> CreateAsync() => Task.FromResult(new Stores(
        new SqliteConversationStore(DatabasePath), new SqliteTicketStore(DatabasePath), new SqliteUsageStore(DatabasePath), new SqliteRetentionStore(DatabasePath),
        new SqliteAnsweredStore(DatabasePath)));

    protected override async Task SetUpdatedAtAsync(string key, DateTimeOffset time)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE conversation_state SET updated_at = $at WHERE key = $key";
        command.Parameters.AddWithValue("$at", time.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$key", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task AFileFromBeforeRetentionIsMigratedAndItsTicketsAreFoundByUser()
    {
        // The schema and a ticket as PolicyBot wrote them before issue 16.
        var old = RetentionContract.NewTicket("00000000cc", Now.AddDays(-1), "a:mine", Employee);
        await ExecuteAsync("""
            CREATE TABLE tickets (id TEXT NOT NULL PRIMARY KEY, data BLOB NOT NULL, version INTEGER NOT NULL, status TEXT NOT NULL, reminded INTEGER NOT NULL, created_at TEXT NOT NULL);
            CREATE TABLE conversation_state (key TEXT NOT NULL PRIMARY KEY, data BLOB NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL);
            INSERT INTO tickets VALUES ('00000000cc', $data, 1, 'open', 0, '2026-01-01T00:00:00.0000000Z');
            INSERT INTO conversation_state VALUES ('msteams/references/a:mine', $reference, 1, '2026-01-01T00:00:00.0000000+00:00');
            """, ("$data", old.Serialize()), ("$reference", System.Text.Encoding.UTF8.GetBytes(Reference("a:mine", "personal", null))));

        var report = await new SqliteRetentionStore(DatabasePath).ForgetUserAsync(Employee, default);

        Assert.Equal(["00000000cc"], report.TicketsDeleted);
        Assert.Equal(["msteams/references/a:mine"], report.ReferenceKeys);
        Assert.Null(await new SqliteTicketStore(DatabasePath).GetAsync("00000000cc", default));
    }

    [Fact]
    public async Task FindingAUsersDataUsesIndexesNotAScanOfEveryTicket()
    {
        var s = await CreateAsync();
        await s.Retention.ForgetUserAsync(Employee, default);

        foreach (var (query, index) in new[]
        {
            ("SELECT data FROM tickets WHERE employee_id = 'x'", "tickets_employee"),
            ("SELECT data FROM tickets WHERE picker_id = 'x'", "tickets_picker"),
            ("SELECT key FROM conversation_state WHERE user_id = 'x'", "conversation_state_user"),
        })
        {
            var plan = await PlanAsync(query);
            Assert.Contains(index, plan, StringComparison.Ordinal);
        }
    }

    private async Task<string> PlanAsync(string query)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + query;
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return string.Join(" | ", plan);
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
