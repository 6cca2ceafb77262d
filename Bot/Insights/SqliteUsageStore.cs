using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.Insights;

/// <summary>Usage events in a <c>usage_events</c> table of the bot's SQLite file: week, kind, ids, language.</summary>
public sealed class SqliteUsageStore(string path, TimeSpan? commandTimeout = null) : IUsageStore, IAsyncDisposable
{
    private const string Insert = """
        INSERT INTO usage_events (week, kind, topic, handoff_owner, language, question)
        VALUES ($week, $kind, $topic, $owner, $language, $question)
        """;

    private readonly State.SqliteFile _file = new(path, commandTimeout);
    private State.SqliteWriteBatcher? _writer;
    private int _released;

    /// <summary>
    /// Stores <paramref name="records"/> in the file's group commit (<see cref="State.SqliteWriteBatcher"/>, shared with
    /// the conversation state), so they share its one write connection and never meet SQLite's busy handler, which
    /// sleeps the thread.
    /// </summary>
    public async Task AddAsync(IReadOnlyList<UsageRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) return;
        await _file.EnsureCreatedAsync(CreateTablesAsync, cancellationToken);
        await _writer!.WriteAsync(statements =>
        {
            var insert = statements.Get(Insert, "$week", "$kind", "$topic", "$owner", "$language", "$question");
            foreach (var record in records)
            {
                insert.Parameters["$week"].Value = record.Week;
                insert.Parameters["$kind"].Value = record.Kind;
                insert.Parameters["$topic"].Value = (object?)record.TopicId ?? DBNull.Value;
                insert.Parameters["$owner"].Value = (object?)record.HandoffOwner ?? DBNull.Value;
                insert.Parameters["$language"].Value = record.Language;
                insert.Parameters["$question"].Value = (object?)record.Question ?? DBNull.Value;
                insert.ExecuteNonQuery();
            }
            return records.Count;
        });
    }

    /// <summary>Creates (or migrates) the table now; for the retention sweeper, which works on the same file.</summary>
    internal ValueTask EnsureCreatedAsync(CancellationToken cancellationToken) => _file.EnsureCreatedAsync(CreateTablesAsync, cancellationToken);

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) _writer?.Release();
        return ValueTask.CompletedTask;
    }

    public async Task<IReadOnlyList<UsageRecord>> ListAsync(string fromWeek, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {UsageRecord.Columns} FROM usage_events WHERE week >= $from ORDER BY week, id
            """;
        command.Parameters.AddWithValue("$from", fromWeek);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await UsageRecord.ReadAllAsync(reader, cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(CreateTablesAsync, cancellationToken);

    private async Task CreateTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS usage_events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                week TEXT NOT NULL,
                kind TEXT NOT NULL,
                topic TEXT NULL,
                handoff_owner TEXT NULL,
                language TEXT NOT NULL,
                question TEXT NULL
            );
            CREATE INDEX IF NOT EXISTS usage_events_week ON usage_events (week);
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        _writer = State.SqliteWriteBatcher.Acquire(path, _file.ConnectionString);
    }
}
