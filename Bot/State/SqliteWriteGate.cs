using System.Collections.Concurrent;

namespace PolicyBot.Bot.State;

/// <summary>
/// One writer at a time per SQLite file in this process. SQLite allows a single writer anyway, and when two
/// connections collide Microsoft.Data.Sqlite retries by sleeping the thread (150 ms steps); waiting here instead
/// is async and costs nothing. Another process on the same file still meets SQLite's own busy timeout.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static SemaphoreSlim For(string path) =>
        Gates.GetOrAdd(System.IO.Path.GetFullPath(path), _ => new SemaphoreSlim(1, 1));
}
