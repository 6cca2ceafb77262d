using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.Insights;

/// <summary>Usage events in a <c>usage_events</c> table of the bot's SQLite file: week, kind, ids, language.</summary>
public sealed class SqliteUsageStore(string path, TimeSpan? commandTimeout = null) : IUsageStore, IAsyncDisposable
{
    private readonly State.SqliteFile _file = new(path, commandTimeout);

    private readonly SemaphoreSlim _writeGate = State.SqliteWriteGate.For(path);
    private SqliteConnection? _writer;
    private SqliteCommand? _insert;

    /// <summary>
    /// Stores <paramref name="records"/> in one transaction on a kept connection, holding the file's write gate (shared
    /// with the conversation and ticket stores), so it never meets SQLite's busy handler, which sleeps the thread.
    /// </summary>
    public async Task AddAsync(IReadOnlyList<UsageRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) return;
        await _file.EnsureCreatedAsync(CreateTablesAsync, cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _writer!.BeginTransaction();
            _insert!.Transaction = transaction;
            foreach (var record in records)
            {
                _insert.Parameters["$week"].Value = record.Week;
                _insert.Parameters["$kind"].Value = record.Kind;
                _insert.Parameters["$topic"].Value = (object?)record.TopicId ?? DBNull.Value;
                _insert.Parameters["$owner"].Value = (object?)record.HandoffOwner ?? DBNull.Value;
                _insert.Parameters["$language"].Value = record.Language;
                _insert.Parameters["$question"].Value = (object?)record.Question ?? DBNull.Value;
                _insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Creates (or migrates) the table now; for the retention sweeper, which works on the same file.</summary>
    internal ValueTask EnsureCreatedAsync(CancellationToken cancellationToken) => _file.EnsureCreatedAsync(CreateTablesAsync, cancellationToken);

    public ValueTask DisposeAsync()
    {
        _insert?.Dispose();
        return _writer?.DisposeAsync() ?? ValueTask.CompletedTask;
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
        _writer = State.SqliteWriteGate.OpenWriter(_file.ConnectionString);
        _insert = _writer.CreateCommand();
        _insert.CommandText = """
            INSERT INTO usage_events (week, kind, topic, handoff_owner, language, question)
            VALUES ($week, $kind, $topic, $owner, $language, $question)
            """;
        foreach (var name in (string[])["$week", "$kind", "$topic", "$owner", "$language", "$question"])
            _insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        _insert.Prepare();
    }
}
