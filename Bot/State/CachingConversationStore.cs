using System.Collections.Concurrent;

namespace PolicyBot.Bot.State;

/// <summary>
/// Keeps what this process last read or wrote per key, so the next turn of a conversation needs no store read.
/// Only for a store that this process alone writes (the SQLite file): every write still goes to the store with its
/// ETag, so if something else did write, the write is a conflict, the entry is dropped, and the turn re-runs on
/// what the store holds. Bounded by <see cref="StorageOptions.CacheEntries"/>; a restart starts empty.
/// </summary>
public sealed class CachingConversationStore(IConversationStore inner, int capacity) : IConversationStore, IDisposable
{
    private readonly ConcurrentDictionary<string, StoredItem> _items = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the dictionary: far too dear on each turn, so count ourselves.
    private int _count;

    public IConversationStore Inner => inner;

    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (_items.TryGetValue(key, out var cached)) return cached;
        var stored = await inner.ReadAsync(key, cancellationToken);
        if (stored is not null) Remember(key, stored);
        return stored;
    }

    public async Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
    {
        // Forget first: if the write throws, nobody reads a value the store may or may not hold.
        Forget(key);
        var result = await inner.WriteAsync(key, data, expectedETag, cancellationToken);
        if (!result.IsConflict) Remember(key, new StoredItem(data.ToArray(), result.ETag!));
        return result;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        Forget(key);
        await inner.DeleteAsync(key, cancellationToken);
        Forget(key);
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private void Remember(string key, StoredItem item)
    {
        if (capacity <= 0) return;
        if (!_items.TryAdd(key, item))
        {
            _items[key] = item;
            return;
        }
        if (Interlocked.Increment(ref _count) > capacity) EvictSome();
    }

    private void Forget(string key)
    {
        if (_items.TryRemove(key, out _)) Interlocked.Decrement(ref _count);
    }

    // Drops about a tenth of the entries (whichever the enumeration meets first): cheap, and rare at any steady size.
    // Then takes the exact count once, so races between adding and forgetting one key cannot let the count drift.
    private void EvictSome()
    {
        var toDrop = Math.Max(1, capacity / 10);
        foreach (var key in _items.Keys)
        {
            if (toDrop-- <= 0) break;
            _items.TryRemove(key, out _);
        }
        Volatile.Write(ref _count, _items.Count);
    }
}
