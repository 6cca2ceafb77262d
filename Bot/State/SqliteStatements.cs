using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PolicyBot.Bot.State;

/// <summary>
/// A SQLite file's one write connection (<see cref="SqliteWriteGate.OpenWriter"/>), opened once, and its statements,
/// each prepared once: the stores' writes and the group commit's own <c>BEGIN IMMEDIATE</c>, <c>COMMIT</c> and
/// <c>ROLLBACK</c> (Microsoft.Data.Sqlite's transaction object prepares those, and a PRAGMA, anew each time). Used only by
/// <see cref="SqliteWriteBatcher"/>'s writer, one statement at a time.
/// </summary>
internal sealed class SqliteStatements : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    private SqliteStatements(SqliteConnection connection) => _connection = connection;

    public static SqliteStatements Open(string connectionString) => new(SqliteWriteGate.OpenWriter(connectionString));

    /// <summary>The statement for <paramref name="sql"/>, prepared with <paramref name="parameters"/> on first use.</summary>
    public SqliteCommand Get(string sql, params string[] parameters)
    {
        if (_prepared.TryGetValue(sql, out var command)) return command;
        command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        _prepared[sql] = command;
        return command;
    }

    public void Begin() => Get("BEGIN IMMEDIATE").ExecuteNonQuery();

    public void Commit() => Get("COMMIT").ExecuteNonQuery();

    /// <summary>Rolls back what is open (SQLite may have rolled back already after some errors); never throws.</summary>
    public void RollBack()
    {
        try
        {
            if (raw.sqlite3_get_autocommit(_connection.Handle) == 0) Get("ROLLBACK").ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // The next BEGIN meets whatever is left and fails its batch.
        }
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values) command.Dispose();
        _connection.Dispose();
    }
}
