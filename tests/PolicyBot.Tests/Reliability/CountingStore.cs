using System.Collections.Concurrent;
using PolicyBot.Bot.State;

namespace PolicyBot.Tests.Reliability;

/// <summary>A memory store that counts the writes per key.</summary>
public sealed class CountingStore : IConversationStore
{
    private readonly MemoryConversationStore _inner = new();
    private readonly ConcurrentDictionary<string, int> _writes = new(StringComparer.Ordinal);

    public int Writes(string key) => _writes.GetValueOrDefault(key);

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken) => _inner.ReadAsync(key, cancellationToken);

    public Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
    {
        _writes.AddOrUpdate(key, 1, (_, n) => n + 1);
        return _inner.WriteAsync(key, data, expectedETag, cancellationToken);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => _inner.DeleteAsync(key, cancellationToken);
}
