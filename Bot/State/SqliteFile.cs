using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.State;

/// <summary>
/// A store's SQLite file: its folder and tables are made once, by whichever call comes first (the others wait), and
/// every later call opens a fresh connection from the pool. The four SQLite stores share this instead of each keeping
/// its own gate, flag, folder creation and WAL switch.
/// </summary>
internal sealed class SqliteFile(string path, TimeSpan? commandTimeout = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _created;

    public string ConnectionString { get; } = SqliteWriteGate.ConnectionString(path, commandTimeout);

    /// <summary>
    /// Makes sure the folder exists, the file is in WAL mode and <paramref name="create"/> has run on it (once per file
    /// object, by whichever call comes first; a failure leaves it to be tried again). A warm call allocates nothing.
    /// </summary>
    public ValueTask EnsureCreatedAsync(Func<SqliteConnection, CancellationToken, Task> create, CancellationToken cancellationToken) =>
        _created ? ValueTask.CompletedTask : new ValueTask(CreateOnceAsync(create, cancellationToken));

    /// <summary>A fresh connection from the pool, the tables made first if this is the first call (<see cref="EnsureCreatedAsync"/>).</summary>
    public async Task<SqliteConnection> OpenAsync(Func<SqliteConnection, CancellationToken, Task> create, CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(create, cancellationToken);
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task CreateOnceAsync(Func<SqliteConnection, CancellationToken, Task> create, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_created) return;
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }
            await create(connection, cancellationToken);
            _created = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
