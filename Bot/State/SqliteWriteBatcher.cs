using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Threading.Channels;

namespace PolicyBot.Bot.State;

/// <summary>
/// Group commit for one SQLite file, shared by the stores that write to it on every turn (conversation state and
/// references, answered messages, usage events): writes queue here, and one writer runs whatever has queued up in a
/// single transaction on the file's one write connection (<see cref="SqliteStatements"/>), holding the file's write
/// gate. Each write keeps its own checks and learns its own outcome only after the commit, so a turn still answers
/// only once its writes are in the file; under load many turns share one commit instead of paying for one each. One
/// connection also keeps its cached pages: a commit on another connection makes SQLite drop every other connection's
/// cache (docs/performance-history.md). A write that throws does not fail the others of its batch: they are then run one by
/// one. A locked file (another process held the write lock for the whole busy timeout) fails the batch at once, and
/// the writes that queued up meanwhile too: each would only wait for the same lock again, so no write waits longer
/// than one busy timeout.
/// </summary>
internal sealed class SqliteWriteBatcher
{
    private const int MaxBatch = 256;
    private static readonly Dictionary<string, SqliteWriteBatcher> Open = new(StringComparer.Ordinal);
    private static readonly Lock OpenGate = new();

    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string _path;
    private readonly SqliteStatements _statements;
    private readonly SemaphoreSlim _gate;
    private readonly Task _loop;
    private int _users;

    private SqliteWriteBatcher(string path, SqliteStatements statements, SemaphoreSlim gate)
    {
        (_path, _statements, _gate) = (path, statements, gate);
        _loop = Task.Run(RunAsync);
    }

    /// <summary>
    /// The file's batcher, opened by the first store that asks (with its connection string: the stores of one file
    /// share its settings); every <see cref="Acquire"/> is paired with one <see cref="Release"/>.
    /// </summary>
    public static SqliteWriteBatcher Acquire(string path, string connectionString)
    {
        var fullPath = Path.GetFullPath(path);
        lock (OpenGate)
        {
            if (!Open.TryGetValue(fullPath, out var batcher))
            {
                batcher = new SqliteWriteBatcher(fullPath, SqliteStatements.Open(connectionString), SqliteWriteGate.For(fullPath));
                Open[fullPath] = batcher;
            }
            batcher._users++;
            return batcher;
        }
    }

    /// <summary>The last user's release writes what is queued and closes the connection.</summary>
    public void Release()
    {
        lock (OpenGate)
        {
            if (--_users > 0) return;
            Open.Remove(_path);
        }
        _queue.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
        _statements.Dispose();
    }

    /// <summary>Runs <paramref name="write"/> in the next group commit; its result once that commit is in the file.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteStatements, T> write)
    {
        var pending = new PendingWrite<T>(write);
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(SqliteWriteBatcher));
        return pending.Outcome.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending)) batch.Add(pending);
            await _gate.WaitAsync();
            try
            {
                var failure = batch.Count == 1 ? CommitAlone(batch[0]) : TryCommitTogether(CollectionsMarshal.AsSpan(batch));
                if (failure is not null && SqliteWriteGate.IsLocked(failure))
                {
                    // Only the writes that queued up while the lock held: a turn that failed here may already have
                    // answered, and its next turn, after the lock went, must not fail with it (a test under load did).
                    var failedAt = Stopwatch.GetTimestamp();
                    foreach (var pending in batch) pending.Failed(failure);
                    while (_queue.Reader.TryPeek(out var waiting) && waiting.Queued <= failedAt && _queue.Reader.TryRead(out waiting)) waiting.Failed(failure);
                }
                else if (failure is not null && batch.Count > 1)
                {
                    foreach (var pending in batch) CommitAlone(pending);
                }
            }
            finally
            {
                _gate.Release();
            }
            batch.Clear();
        }
    }

    /// <summary>Commits the batch in one transaction; the exception that rolled it back, or null.</summary>
    private Exception? TryCommitTogether(ReadOnlySpan<PendingWrite> batch)
    {
        try
        {
            _statements.Begin();
            foreach (var pending in batch) pending.Execute(_statements);
            _statements.Commit();
        }
        catch (Exception ex)
        {
            _statements.RollBack();
            return ex;
        }
        foreach (var pending in batch) pending.Committed();
        return null;
    }

    private Exception? CommitAlone(PendingWrite pending)
    {
        var failure = TryCommitTogether([pending]);
        if (failure is not null) pending.Failed(failure);
        return failure;
    }

    private abstract class PendingWrite
    {
        /// <summary>When the write was queued (<see cref="Stopwatch.GetTimestamp"/>).</summary>
        public long Queued { get; } = Stopwatch.GetTimestamp();

        public abstract void Execute(SqliteStatements statements);

        public abstract void Committed();

        public abstract void Failed(Exception exception);
    }

    private sealed class PendingWrite<T>(Func<SqliteStatements, T> write) : PendingWrite
    {
        private T? _result;

        public TaskCompletionSource<T> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Execute(SqliteStatements statements) => _result = write(statements);

        public override void Committed() => Outcome.TrySetResult(_result!);

        public override void Failed(Exception exception) => Outcome.TrySetException(exception);
    }
}
