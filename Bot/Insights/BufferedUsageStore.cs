using System.Threading.Channels;
using PolicyBot.Bot.Telemetry;

namespace PolicyBot.Bot.Insights;

/// <summary>
/// Keeps usage events off the turn's path: <see cref="AddAsync"/> only queues them, and one background writer stores
/// whatever has queued up in a single batch (one transaction) on the inner store. Turns never wait for the store and
/// never compete with the state writes for SQLite's single writer. <see cref="ListAsync"/> and disposal store what is
/// queued first. A full queue (the store far behind) drops events and logs how many: counts, never a slow turn.
/// </summary>
public sealed class BufferedUsageStore : IUsageStore, IAsyncDisposable
{
    private const int MaxBatch = 1_000;
    private readonly IUsageStore _inner;
    private readonly ILogger _logger;
    private readonly Channel<UsageRecord> _queue;
    private readonly Task _writer;
    private readonly Lock _progressGate = new();
    private TaskCompletionSource _batchDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _queued;
    private long _done;

    public BufferedUsageStore(IUsageStore inner, ILogger logger, int capacity = 100_000)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(logger);
        _inner = inner;
        _logger = logger;
        _queue = Channel.CreateBounded<UsageRecord>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _writer = Task.Run(WriteBatchesAsync);
    }

    public Task AddAsync(IReadOnlyList<UsageRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var dropped = 0;
        foreach (var record in records)
        {
            Interlocked.Increment(ref _queued);
            if (_queue.Writer.TryWrite(record)) continue;
            dropped++;
            MarkDone(1);
        }
        if (dropped > 0) _logger.UsageEventsDropped(dropped);
        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<UsageRecord>> ListAsync(string fromWeek, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        return await _inner.ListAsync(fromWeek, cancellationToken);
    }

    /// <summary>Completes when every event queued before the call has been stored (or given up on and logged).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _queued);
        while (true)
        {
            Task next;
            lock (_progressGate)
            {
                if (_done >= target) return;
                next = _batchDone.Task;
            }
            await next.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        if (_inner is IAsyncDisposable disposable) await disposable.DisposeAsync();
    }

    private async Task WriteBatchesAsync()
    {
        var batch = new List<UsageRecord>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var record)) batch.Add(record);
            try
            {
                await _inner.AddAsync(batch, CancellationToken.None);
            }
            catch (Exception ex)
            {
                _logger.UsageNotRecorded(ExceptionSummary.TypeName(ex));
            }
            MarkDone(batch.Count);
            batch.Clear();
        }
    }

    private void MarkDone(int count)
    {
        TaskCompletionSource finished;
        lock (_progressGate)
        {
            _done += count;
            finished = _batchDone;
            _batchDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        finished.TrySetResult();
    }
}
