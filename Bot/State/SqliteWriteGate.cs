using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.State;

/// <summary>
/// One writer at a time per SQLite file in this process. SQLite allows a single writer anyway, and when two
/// connections collide Microsoft.Data.Sqlite retries by sleeping the thread (150 ms steps); waiting here instead
/// is async and costs nothing. Another process on the same file still meets SQLite's own busy timeout.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>
    /// The connection string of every connection to <paramref name="path"/>: a busy timeout of
    /// <paramref name="commandTimeout"/> (default <see cref="StorageOptions.DefaultCommandTimeout"/>), so a lock held by
    /// another process fails a turn in seconds instead of stalling it.
    /// </summary>
    public static string ConnectionString(string path, TimeSpan? commandTimeout) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = StorageOptions.Seconds(commandTimeout ?? StorageOptions.DefaultCommandTimeout),
    }.ToString();

    /// <summary>SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock; every write would meet it, not just one.</summary>
    public static bool IsLocked(Exception exception) => exception is SqliteException { SqliteErrorCode: 5 or 6 };

    public static SemaphoreSlim For(string path) =>
        Gates.GetOrAdd(System.IO.Path.GetFullPath(path), _ => new SemaphoreSlim(1, 1));

    /// <summary>
    /// A connection for a file's writes, with <c>synchronous = NORMAL</c>: in WAL mode a commit survives a crash of the
    /// bot; only an OS crash or power loss can undo the last commits, never corrupt the file.
    /// </summary>
    public static SqliteConnection OpenWriter(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
