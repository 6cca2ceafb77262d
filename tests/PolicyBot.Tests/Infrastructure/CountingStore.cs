using System.Collections.Concurrent;
using PolicyBot.Bot.State;

namespace PolicyBot.Tests.Infrastructure;

/// <summary>A store (memory unless given one) that counts reads and the writes per key, and can be told to fail writes.</summary>
public sealed class CountingStore(IConversationStore? inner = null) : IConversationStore
{
    private readonly IConversationStore _inner = inner ?? new MemoryConversationStore();
    private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    /// <summary>Writes throw, as a full disk would.</summary>
    public bool FailWrites { get; set; }

    /// <summary>While set, a read fetches its item at once but returns it only when this task completes (a slow reader).</summary>
    public Task? HoldReads { get; set; }

    public int Writes(string key) => _writes.GetValueOrDefault(key);

    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        var hold = HoldReads;
        var item = await _inner.ReadAsync(key, cancellationToken);
        if (hold is not null) await hold;
        return item;
    }

    public Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
    {
        if (FailWrites) throw new IOException("disk full");
        _writes.AddOrUpdate(key, 1, (_, n) => n + 1);
        return _inner.WriteAsync(key, data, expectedETag, cancellationToken);
    }

    /// <summary>While set, a delete waits for this task before it deletes (a slow delete).</summary>
    public Task? HoldDeletes { get; set; }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        if (HoldDeletes is { } hold) await hold;
        await _inner.DeleteAsync(key, cancellationToken);
    }
}
