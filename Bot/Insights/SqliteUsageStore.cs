using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.Insights;

/// <summary>Usage events in a <c>usage_events</c> table of the bot's SQLite file: week, kind, ids, language.</summary>
public sealed class SqliteUsageStore(string path) : IUsageStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = 30,
    }.ToString();

    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    public async Task AddAsync(IReadOnlyList<UsageRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) return;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var record in records)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO usage_events (week, kind, topic, handoff_owner, language, question)
                VALUES ($week, $kind, $topic, $owner, $language, $question)
                """;
            command.Parameters.AddWithValue("$week", record.Week);
            command.Parameters.AddWithValue("$kind", record.Kind);
            command.Parameters.AddWithValue("$topic", (object?)record.TopicId ?? DBNull.Value);
            command.Parameters.AddWithValue("$owner", (object?)record.HandoffOwner ?? DBNull.Value);
            command.Parameters.AddWithValue("$language", record.Language);
            command.Parameters.AddWithValue("$question", (object?)record.Question ?? DBNull.Value);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UsageRecord>> ListAsync(string fromWeek, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT week, kind, language, topic, handoff_owner, question FROM usage_events
            WHERE week >= $from ORDER BY week, id
            """;
        command.Parameters.AddWithValue("$from", fromWeek);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<UsageRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new UsageRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2))
            {
                TopicId = reader.IsDBNull(3) ? null : reader.GetString(3),
                HandoffOwner = reader.IsDBNull(4) ? null : reader.GetString(4),
                Question = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }
        return records;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized) await InitializeAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initGate.WaitAsync(cancellationToken);
        try
        {
            if (_initialized) return;
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
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
            _initialized = true;
        }
        finally
        {
            _initGate.Release();
        }
    }
}
