using System.Collections.Concurrent;

namespace PolicyBot.Bot.State;

/// <summary>
/// A thread-safe map of at most about <c>capacity</c> entries, for per-conversation caches on the turn's path: when
/// full, about a tenth of the entries (whichever the enumeration meets first) make room. A capacity of 0 keeps nothing.
/// </summary>
internal sealed class BoundedCache<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> _items = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the dictionary: far too dear per turn, so the cache counts itself.
    private int _count;

    public bool TryGet(string key, out TValue value) => _items.TryGetValue(key, out value!);

    public void Set(string key, TValue value)
    {
        if (capacity <= 0) return;
        if (!_items.TryAdd(key, value))
        {
            _items[key] = value;
            return;
        }
        if (Interlocked.Increment(ref _count) > capacity) EvictSome();
    }

    public void Remove(string key)
    {
        if (_items.TryRemove(key, out _)) Interlocked.Decrement(ref _count);
    }

    // Takes the exact count once afterwards, so races between adding and removing one key cannot let the count drift.
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
