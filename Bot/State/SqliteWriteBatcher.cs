using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.State;

/// <summary>
/// Group commit for the conversation store: writes queue here, and one writer runs whatever has queued up in a
/// single transaction on the kept connection (<see cref="SqliteStateWriter"/>), holding the file's write gate. Each
/// write keeps its own ETag check and learns its own outcome only after the commit, so a turn still answers only
/// once its state is in the file; under load many turns share one commit instead of paying for one each. A write that
/// throws does not fail the others of its batch: they are then run one by one. A locked file (another process held
/// the write lock for the whole busy timeout) fails the batch at once, and the writes that queued up meanwhile too:
/// each would only wait for the same lock again, so no write waits longer than one busy timeout.
/// </summary>
internal sealed class SqliteWriteBatcher : IDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteStateWriter _writer;
    private readonly SemaphoreSlim _gate;
    private readonly Task _loop;

    public SqliteWriteBatcher(SqliteStateWriter writer, SemaphoreSlim gate)
    {
        _writer = writer;
        _gate = gate;
        _loop = Task.Run(RunAsync);
    }

    public Task<StoreWriteResult> WriteAsync(WriteKind kind, string key, byte[]? data, long version)
    {
        var pending = new PendingWrite(kind, key, data, version);
        if (!_queue.Writer.TryWrite(pending)) throw new ObjectDisposedException(nameof(SqliteWriteBatcher));
        return pending.Outcome.Task;
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _loop.GetAwaiter().GetResult();
        _writer.Dispose();
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
                var failure = batch.Count == 1 ? CommitAlone(batch[0]) : TryCommitTogether(batch);
                if (failure is not null && SqliteWriteGate.IsLocked(failure))
                {
                    foreach (var pending in batch) pending.Outcome.TrySetException(failure);
                    while (_queue.Reader.TryRead(out var waiting)) waiting.Outcome.TrySetException(failure);
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
    private Exception? TryCommitTogether(List<PendingWrite> batch)
    {
        var outcomes = new StoreWriteResult[batch.Count];
        try
        {
            using var transaction = _writer.Connection.BeginTransaction();
            for (var i = 0; i < batch.Count; i++) outcomes[i] = Execute(batch[i], transaction);
            transaction.Commit();
        }
        catch (Exception ex)
        {
            return ex;
        }
        for (var i = 0; i < batch.Count; i++) batch[i].Outcome.TrySetResult(outcomes[i]);
        return null;
    }

    private Exception? CommitAlone(PendingWrite pending)
    {
        try
        {
            pending.Outcome.TrySetResult(Execute(pending, null));
            return null;
        }
        catch (Exception ex)
        {
            pending.Outcome.TrySetException(ex);
            return ex;
        }
    }

    private StoreWriteResult Execute(PendingWrite pending, SqliteTransaction? transaction)
    {
        var command = _writer.Command(pending.Kind);
        command.Transaction = transaction;
        command.Parameters["$key"].Value = pending.Key;
        if (pending.Kind == WriteKind.Delete)
        {
            command.ExecuteNonQuery();
            return StoreWriteResult.Written("0");
        }
        command.Parameters["$data"].Value = pending.Data;
        command.Parameters["$now"].Value = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        command.Parameters["$user"].Value = (object?)StorageKeys.UserOf(pending.Key, pending.Data) ?? DBNull.Value;
        if (pending.Kind == WriteKind.Update) command.Parameters["$version"].Value = pending.Version;
        return command.ExecuteScalar() is long written
            ? StoreWriteResult.Written(written.ToString(CultureInfo.InvariantCulture))
            : StoreWriteResult.Conflict;
    }

    private sealed record PendingWrite(WriteKind Kind, string Key, byte[]? Data, long Version)
    {
        public TaskCompletionSource<StoreWriteResult> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
