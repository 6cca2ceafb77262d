using System.Globalization;

namespace PolicyBot.Bot.State;

/// <summary>An in-process store for tests and throwaway runs (<c>Storage:Provider = memory</c>).</summary>
public sealed class MemoryConversationStore : IConversationStore
{
    private readonly Dictionary<string, (byte[] Data, long Version)> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_items.TryGetValue(key, out var item)
                ? new StoredItem(item.Data.ToArray(), Format(item.Version))
                : null);
        }
    }

    public Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var exists = _items.TryGetValue(key, out var current);
            var matches = expectedETag switch
            {
                "*" => true,
                null => !exists,
                _ => exists && Format(current.Version) == expectedETag,
            };
            if (!matches) return Task.FromResult(StoreWriteResult.Conflict);
            var version = exists ? current.Version + 1 : 1;
            _items[key] = (data.ToArray(), version);
            return Task.FromResult(StoreWriteResult.Written(Format(version)));
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate) _items.Remove(key);
        return Task.CompletedTask;
    }

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);
}
