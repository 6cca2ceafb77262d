using System.Globalization;

namespace PolicyBot.Bot.State;

internal enum WriteKind
{
    Upsert,
    Insert,
    Update,
    Delete,
}

/// <summary>
/// The conversation store's writes as statements on the file's write connection (<see cref="SqliteStatements"/>), run by
/// <see cref="SqliteWriteBatcher"/>: the <c>version</c> column is the ETag, so an update of a row another writer changed
/// meanwhile writes nothing and is a conflict.
/// </summary>
internal static class SqliteStateWrites
{
    private const string Upsert = """
        INSERT INTO conversation_state (key, data, version, updated_at, user_id) VALUES ($key, $data, 1, $now, $user)
        ON CONFLICT (key) DO UPDATE SET data = excluded.data, version = version + 1, updated_at = excluded.updated_at, user_id = excluded.user_id
        RETURNING version
        """;

    private const string Insert = """
        INSERT INTO conversation_state (key, data, version, updated_at, user_id) VALUES ($key, $data, 1, $now, $user)
        ON CONFLICT (key) DO NOTHING
        RETURNING version
        """;

    private const string Update = """
        UPDATE conversation_state SET data = $data, version = version + 1, updated_at = $now, user_id = $user
        WHERE key = $key AND version = $version
        RETURNING version
        """;

    private const string Delete = "DELETE FROM conversation_state WHERE key = $key";

    public static StoreWriteResult Execute(SqliteStatements statements, WriteKind kind, string key, byte[]? data, long version)
    {
        if (kind == WriteKind.Delete)
        {
            var delete = statements.Get(Delete, "$key");
            delete.Parameters["$key"].Value = key;
            delete.ExecuteNonQuery();
            return StoreWriteResult.Written("0");
        }
        var command = kind switch
        {
            WriteKind.Upsert => statements.Get(Upsert, "$key", "$data", "$now", "$user"),
            WriteKind.Insert => statements.Get(Insert, "$key", "$data", "$now", "$user"),
            _ => statements.Get(Update, "$key", "$data", "$now", "$user", "$version"),
        };
        command.Parameters["$key"].Value = key;
        command.Parameters["$data"].Value = data;
        command.Parameters["$now"].Value = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        command.Parameters["$user"].Value = (object?)StorageKeys.UserOf(key, data) ?? DBNull.Value;
        if (kind == WriteKind.Update) command.Parameters["$version"].Value = version;
        return command.ExecuteScalar() is long written
            ? StoreWriteResult.Written(written.ToString(CultureInfo.InvariantCulture))
            : StoreWriteResult.Conflict;
    }
}
