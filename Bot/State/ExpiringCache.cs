using PolicyBot.Dialogs.Caching;

namespace PolicyBot.Bot.State;

/// <summary>
/// A <see cref="BoundedCache{TKey, TValue}"/> whose entries live for <see cref="StorageOptions.CacheTtl"/> at most: an
/// older entry is a miss, and a timer drops expired ones. What another process removed from the store (<c>forget</c>,
/// another instance's sweep) therefore leaves this process within that time, also for a conversation that never returns.
/// </summary>
public sealed class ExpiringCache<TValue> : IDisposable
{
    private readonly BoundedCache<string, Entry> _items;
    private readonly TimeSpan _ttl;
    private readonly TimeProvider _time;
    private readonly ITimer _purge;

    public ExpiringCache(int capacity, TimeSpan ttl, TimeProvider? time = null)
    {
        _items = new BoundedCache<string, Entry>(capacity, StringComparer.Ordinal);
        _ttl = ttl;
        _time = time ?? TimeProvider.System;
        _purge = _time.CreateTimer(_ => _items.RemoveWhere(Expired), null, ttl, ttl);
    }

    public bool TryGet(string key, out TValue value)
    {
        if (_items.TryGet(key, out var entry) && !Expired(entry))
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(string key, TValue value) => _items.Set(key, new Entry(value, _time.GetTimestamp()));

    public void Remove(string key) => _items.Remove(key);

    public void Dispose() => _purge.Dispose();

    private bool Expired(Entry entry) => _time.GetElapsedTime(entry.Since) >= _ttl;

    private sealed record Entry(TValue Value, long Since);
}
