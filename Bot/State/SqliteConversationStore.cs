using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.State;

/// <summary>
/// The default store: one SQLite file in WAL mode, a <c>version</c> column as the ETag; conditional UPDATEs make lost
/// updates impossible. Reads use their own (pooled) connections and run in parallel; writes are committed in groups
/// by the file's one writer on one connection with prepared statements (<see cref="SqliteWriteBatcher"/>, shared with
/// the answered messages and usage events), under the file's <see cref="SqliteWriteGate"/>.
/// </summary>
public sealed class SqliteConversationStore(string path, TimeSpan? commandTimeout = null) : IConversationStore, IDisposable
{
    private readonly SqliteFile _file = new(path, commandTimeout);
    private readonly SemaphoreSlim _writeGate = SqliteWriteGate.For(path);
    private SqliteWriteBatcher? _batcher;
    private int _released;

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
        long version = 0;
        if (expectedETag is not null and not "*" && !long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out version))
            return StoreWriteResult.Conflict;
        await EnsureCreatedAsync(cancellationToken);
        var kind = expectedETag switch { "*" => WriteKind.Upsert, null => WriteKind.Insert, _ => WriteKind.Update };
        var copy = data.ToArray();
        return await _batcher!.WriteAsync(statements => SqliteStateWrites.Execute(statements, kind, key, copy, version));
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        await _batcher!.WriteAsync(statements => SqliteStateWrites.Execute(statements, WriteKind.Delete, key, null, 0));
    }

    /// <summary>Creates (or migrates) the table now; for the retention sweeper, which works on the same file.</summary>
    internal ValueTask EnsureCreatedAsync(CancellationToken cancellationToken) => _file.EnsureCreatedAsync(CreateTablesAsync, cancellationToken);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) _batcher?.Release();
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(CreateTablesAsync, cancellationToken);

    private async Task CreateTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS conversation_state (
                key TEXT NOT NULL PRIMARY KEY,
                data BLOB NOT NULL,
                version INTEGER NOT NULL,
                updated_at TEXT NOT NULL
            );
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await MigrateAsync(connection, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
        _batcher = SqliteWriteBatcher.Acquire(Path, _file.ConnectionString);
    }

    /// <summary>
    /// Issue 16: <c>user_id</c> (see <see cref="StorageKeys.UserOf"/>) and the indexes retention and erasure use. An older
    /// file's personal references carry no user, so they get "" (they expire, but cannot be found by user).
    /// </summary>
    private static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (await SqliteMigrations.AddColumnsAsync(connection, "conversation_state", [("user_id", "TEXT NULL")], cancellationToken))
        {
            await SqliteMigrations.ExecuteAsync(connection, """
                UPDATE conversation_state SET user_id = coalesce(json_extract(CAST(data AS TEXT), '$.user.id'), '')
                WHERE CASE WHEN instr(key, '/references/') > 0
                    THEN coalesce(json_extract(CAST(data AS TEXT), '$.conversation.conversationType'), 'personal') = 'personal' ELSE 0 END
                """, cancellationToken);
        }
        await SqliteMigrations.ExecuteAsync(connection, """
            CREATE INDEX IF NOT EXISTS conversation_state_user ON conversation_state (user_id) WHERE user_id IS NOT NULL;
            CREATE INDEX IF NOT EXISTS conversation_state_updated ON conversation_state (updated_at);
            """, cancellationToken);
    }

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);
}
