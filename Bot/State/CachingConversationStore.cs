namespace PolicyBot.Bot.State;

/// <summary>
/// Keeps what this process last read or wrote per key, so the next turn of a conversation needs no store read.
/// Only for a store that this process alone writes (the SQLite file): every write still goes to the store with its
/// ETag, so if something else did write, the write is a conflict, the entry is dropped, and the turn re-runs on
/// what the store holds. Bounded by <see cref="StorageOptions.CacheEntries"/>, each entry kept for
/// <see cref="StorageOptions.CacheTtl"/> at most (so what <c>forget</c> removed beside it leaves memory); a restart starts empty.
/// </summary>
public sealed class CachingConversationStore(IConversationStore inner, int capacity, TimeSpan? ttl = null, TimeProvider? time = null) : IConversationStore, IDisposable
{
    private readonly ExpiringCache<StoredItem> _items = new(capacity, ttl ?? StorageOptions.DefaultCacheTtl, time);

    public IConversationStore Inner => inner;

    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (_items.TryGet(key, out var cached)) return cached;
        var stored = await inner.ReadAsync(key, cancellationToken);
        if (stored is not null) _items.Set(key, stored);
        return stored;
    }

    public async Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
    {
        // Forget first: if the write throws, nobody reads a value the store may or may not hold.
        _items.Remove(key);
        var result = await inner.WriteAsync(key, data, expectedETag, cancellationToken);
        if (!result.IsConflict) _items.Set(key, new StoredItem(data.ToArray(), result.ETag!));
        return result;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _items.Remove(key);
        await inner.DeleteAsync(key, cancellationToken);
        _items.Remove(key);
    }

    /// <summary>Forgets <paramref name="key"/>, which was removed from the store directly (retention, erasure).</summary>
    public void Evict(string key) => _items.Remove(key);

    public void Dispose()
    {
        _items.Dispose();
        (inner as IDisposable)?.Dispose();
    }
}
