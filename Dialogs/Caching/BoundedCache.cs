using System.Collections.Concurrent;

namespace PolicyBot.Dialogs.Caching;

/// <summary>
/// A thread-safe map of at most about <c>capacity</c> entries, for caches on the turn's path: when full, about a tenth
/// of the entries (whichever the enumeration meets first) make room. A capacity of 0 keeps nothing.
/// </summary>
public sealed class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _items = new(comparer);

    // ConcurrentDictionary.Count takes every lock of the dictionary: far too dear per turn, so the cache counts itself.
    private int _count;

    // One eviction at a time: the turns that overfill the cache meanwhile need not each drop a tenth.
    private int _evicting;

    public bool TryGet(TKey key, out TValue value) => _items.TryGetValue(key, out value!);

    public void Set(TKey key, TValue value)
    {
        if (capacity <= 0) return;
        if (!_items.TryAdd(key, value))
        {
            _items[key] = value;
            return;
        }
        if (Interlocked.Increment(ref _count) > capacity) EvictSome();
    }

    public void Remove(TKey key)
    {
        if (_items.TryRemove(key, out _)) Interlocked.Decrement(ref _count);
    }

    /// <summary>Removes every entry <paramref name="match"/> picks (e.g. expired ones); a walk over the whole cache.</summary>
    public void RemoveWhere(Func<TValue, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        foreach (var (key, value) in _items)
            if (match(value) && _items.TryRemove(new KeyValuePair<TKey, TValue>(key, value))) Interlocked.Decrement(ref _count);
    }

    // Takes the exact count once afterwards, so races between adding and removing one key cannot let the count drift.
    private void EvictSome()
    {
        if (Interlocked.CompareExchange(ref _evicting, 1, 0) != 0) return;
        try
        {
            var toDrop = Math.Max(1, capacity / 10);
            foreach (var key in _items.Keys)
            {
                if (toDrop-- <= 0) break;
                _items.TryRemove(key, out _);
            }
            Volatile.Write(ref _count, _items.Count);
        }
        finally
        {
            Volatile.Write(ref _evicting, 0);
        }
    }
}
