using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.State;

/// <summary>
/// A store's SQLite file: its folder and tables are made once, by whichever call comes first (the others wait), and
/// every later call opens a fresh connection from the pool. The four SQLite stores share this instead of each keeping
/// its own gate, flag and folder creation.
/// </summary>
internal sealed class SqliteFile(string path, TimeSpan? commandTimeout = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _created;

    public string ConnectionString { get; } = SqliteWriteGate.ConnectionString(path, commandTimeout);

    /// <summary>Whether the tables exist; checked before <see cref="CreateOnceAsync"/> so a warm call allocates nothing.</summary>
    public bool IsCreated => _created;

    /// <summary>
    /// Creates the folder and runs <paramref name="create"/> on an open connection, once per file object; a failure
    /// leaves it to be tried again on the next call.
    /// </summary>
    public async Task CreateOnceAsync(Func<SqliteConnection, CancellationToken, Task> create, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_created) return;
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await create(connection, cancellationToken);
            _created = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A fresh connection from the pool; the caller has made sure the tables exist (<see cref="IsCreated"/>).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
