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
    private const int Stripes = 1024;

    private readonly ExpiringCache<StoredItem> _items = new(capacity, ttl ?? StorageOptions.DefaultCacheTtl, time);

    // A change count per stripe of keys (one lock for all of them: it is held only to compare and set): what a read or
    // write fetched is cached only if no write, delete or eviction of its stripe began meanwhile. Without it a slow read
    // could put back an older item after a writer cached a newer one, and a late write's item could replace a later one:
    // no update is lost (its write would conflict), but the stale item would be read until the next write of that key.
    private readonly long[] _changes = new long[Stripes];
    private readonly Lock _gate = new();

    public IConversationStore Inner => inner;

    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        if (_items.TryGet(key, out var cached)) return cached;
        var stripe = StripeOf(key);
        var seen = Volatile.Read(ref _changes[stripe]);
        var stored = await inner.ReadAsync(key, cancellationToken);
        if (stored is not null) CacheUnlessChanged(key, stripe, seen, stored);
        return stored;
    }

    public async Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
    {
        // Forget first, and again if the write throws: a read meanwhile may have cached a value the store may or may
        // not hold now.
        var (stripe, mine) = Forget(key);
        StoreWriteResult result;
        try
        {
            result = await inner.WriteAsync(key, data, expectedETag, cancellationToken);
        }
        catch
        {
            Forget(key);
            throw;
        }
        if (!result.IsConflict) CacheUnlessChanged(key, stripe, mine, new StoredItem(data.ToArray(), result.ETag!));
        return result;
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        // Before and after: a read that began after the first and fetched the item before it was deleted cached it.
        Forget(key);
        try
        {
            await inner.DeleteAsync(key, cancellationToken);
        }
        finally
        {
            Forget(key);
        }
    }

    /// <summary>Forgets <paramref name="key"/>, which was removed from the store directly (retention, erasure).</summary>
    public void Evict(string key) => Forget(key);

    public void Dispose()
    {
        _items.Dispose();
        (inner as IDisposable)?.Dispose();
    }

    private (int Stripe, long Change) Forget(string key)
    {
        var stripe = StripeOf(key);
        lock (_gate)
        {
            _items.Remove(key);
            return (stripe, ++_changes[stripe]);
        }
    }

    private void CacheUnlessChanged(string key, int stripe, long seen, StoredItem item)
    {
        lock (_gate)
        {
            if (_changes[stripe] == seen) _items.Set(key, item);
        }
    }

    private static int StripeOf(string key) => (int)((uint)StringComparer.Ordinal.GetHashCode(key) % Stripes);
}
