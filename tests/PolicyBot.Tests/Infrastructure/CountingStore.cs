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

    public int Writes(string key) => _writes.GetValueOrDefault(key);

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return _inner.ReadAsync(key, cancellationToken);
    }

    public Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
    {
        if (FailWrites) throw new IOException("disk full");
        _writes.AddOrUpdate(key, 1, (_, n) => n + 1);
        return _inner.WriteAsync(key, data, expectedETag, cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => _inner.DeleteAsync(key, cancellationToken);
}
