using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.State;

/// <summary>
/// The default store: one SQLite file in WAL mode, a <c>version</c> column as the ETag. Each call uses its own
/// (pooled) connection, so parallel turns are safe; conditional UPDATEs make lost updates impossible.
/// </summary>
public sealed class SqliteConversationStore(string path) : IConversationStore
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = 30,
    }.ToString();

    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    public string Path { get; } = path;

    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data, version FROM conversation_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new StoredItem((byte[])reader.GetValue(0), Format(reader.GetInt64(1)));
    }

    public async Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = expectedETag switch
        {
            "*" => """
                   INSERT INTO conversation_state (key, data, version, updated_at) VALUES ($key, $data, 1, $now)
                   ON CONFLICT (key) DO UPDATE SET data = excluded.data, version = version + 1, updated_at = excluded.updated_at
                   RETURNING version
                   """,
            null => """
                    INSERT INTO conversation_state (key, data, version, updated_at) VALUES ($key, $data, 1, $now)
                    ON CONFLICT (key) DO NOTHING
                    RETURNING version
                    """,
            _ => """
                 UPDATE conversation_state SET data = $data, version = version + 1, updated_at = $now
                 WHERE key = $key AND version = $version
                 RETURNING version
                 """,
        };
        if (expectedETag is not null and not "*")
        {
            if (!long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                return StoreWriteResult.Conflict;
            command.Parameters.AddWithValue("$version", version);
        }
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$data", data.ToArray());
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        var newVersion = await command.ExecuteScalarAsync(cancellationToken);
        return newVersion is long written ? StoreWriteResult.Written(Format(written)) : StoreWriteResult.Conflict;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM conversation_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
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
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS conversation_state (
                    key TEXT NOT NULL PRIMARY KEY,
                    data BLOB NOT NULL,
                    version INTEGER NOT NULL,
                    updated_at TEXT NOT NULL
                );
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _initialized = true;
        }
        finally
        {
            _initGate.Release();
        }
    }

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);
}
