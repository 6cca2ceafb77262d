using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.State;

internal enum WriteKind
{
    Upsert,
    Insert,
    Update,
    Delete,
}

/// <summary>
/// The conversation store's write connection (<see cref="SqliteWriteGate.OpenWriter"/>), opened once, and one prepared
/// command per kind of write. Used by <see cref="SqliteWriteBatcher"/>, which holds the <see cref="SqliteWriteGate"/>.
/// </summary>
internal sealed class SqliteStateWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<WriteKind, SqliteCommand> _commands = [];

    private SqliteStateWriter(SqliteConnection connection) => _connection = connection;

    public SqliteConnection Connection => _connection;

    public static SqliteStateWriter Open(string connectionString) => new(SqliteWriteGate.OpenWriter(connectionString));

    public SqliteCommand Command(WriteKind kind)
    {
        if (_commands.TryGetValue(kind, out var command)) return command;
        command = _connection.CreateCommand();
        command.CommandText = kind switch
        {
            WriteKind.Upsert => """
                                INSERT INTO conversation_state (key, data, version, updated_at, user_id) VALUES ($key, $data, 1, $now, $user)
                                ON CONFLICT (key) DO UPDATE SET data = excluded.data, version = version + 1, updated_at = excluded.updated_at, user_id = excluded.user_id
                                RETURNING version
                                """,
            WriteKind.Insert => """
                                INSERT INTO conversation_state (key, data, version, updated_at, user_id) VALUES ($key, $data, 1, $now, $user)
                                ON CONFLICT (key) DO NOTHING
                                RETURNING version
                                """,
            WriteKind.Update => """
                                UPDATE conversation_state SET data = $data, version = version + 1, updated_at = $now, user_id = $user
                                WHERE key = $key AND version = $version
                                RETURNING version
                                """,
            _ => "DELETE FROM conversation_state WHERE key = $key",
        };
        foreach (var name in kind == WriteKind.Delete ? ["$key"] : (string[])["$key", "$data", "$now", "$user"])
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        if (kind == WriteKind.Update) command.Parameters.Add(new SqliteParameter { ParameterName = "$version" });
        command.Prepare();
        _commands[kind] = command;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _connection.Dispose();
    }
}
