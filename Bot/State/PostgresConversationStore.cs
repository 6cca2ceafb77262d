using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace PolicyBot.Bot.State;

/// <summary>
/// The shared store for more than one bot instance (<c>Storage:Provider = postgres</c>): the same table shape as
/// SQLite, a <c>version</c> column as the ETag. A conditional UPDATE is atomic under READ COMMITTED (a concurrent
/// writer makes it match no row), so two instances never overwrite each other.
/// </summary>
public sealed class PostgresConversationStore : IConversationStore, IAsyncDisposable
{
    private readonly PostgresSchema _schema;

    public PostgresConversationStore(string connectionString, TimeSpan? commandTimeout = null, TimeSpan? connectTimeout = null)
    {
        _schema = PostgresSchema.Open(connectionString, commandTimeout, connectTimeout);
    }

    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT data, version FROM conversation_state WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new StoredItem(reader.GetFieldValue<byte[]>(0), Format(reader.GetInt64(1)));
    }

    public async Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
    {
        long expected = 0;
        if (expectedETag is not null and not "*" && !long.TryParse(expectedETag, NumberStyles.None, CultureInfo.InvariantCulture, out expected))
            return StoreWriteResult.Conflict;
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(expectedETag switch
        {
            "*" => """
                   INSERT INTO conversation_state (key, data, version, updated_at, user_id) VALUES (@key, @data, 1, now(), @user)
                   ON CONFLICT (key) DO UPDATE SET data = excluded.data, version = conversation_state.version + 1, updated_at = now(), user_id = excluded.user_id
                   RETURNING version
                   """,
            null => """
                    INSERT INTO conversation_state (key, data, version, updated_at, user_id) VALUES (@key, @data, 1, now(), @user)
                    ON CONFLICT (key) DO NOTHING
                    RETURNING version
                    """,
            _ => """
                 UPDATE conversation_state SET data = @data, version = version + 1, updated_at = now(), user_id = @user
                 WHERE key = @key AND version = @version
                 RETURNING version
                 """,
        }, connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.Add(new NpgsqlParameter<byte[]>("data", NpgsqlDbType.Bytea) { TypedValue = data.ToArray() });
        command.Parameters.AddWithValue("version", expected);
        command.Parameters.Add(new NpgsqlParameter("user", NpgsqlDbType.Text) { Value = (object?)StorageKeys.UserOf(key, data.Span) ?? DBNull.Value });
        return await command.ExecuteScalarAsync(cancellationToken) is long written
            ? StoreWriteResult.Written(Format(written))
            : StoreWriteResult.Conflict;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM conversation_state WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);
}
