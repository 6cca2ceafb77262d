namespace PolicyBot.Bot.Publishing;

/// <summary>Content versions in this process only (<c>Storage:Provider=memory</c>, tests).</summary>
public sealed class MemoryContentVersionStore : IContentVersionStore
{
    private readonly Lock _lock = new();
    private readonly List<ContentVersion> _versions = [];

    public Task<ContentVersionInfo?> NewestAsync(CancellationToken cancellationToken)
    {
        lock (_lock) return Task.FromResult(_versions.Count == 0 ? null : _versions[^1].Info);
    }

    public Task<IReadOnlyList<ContentVersionInfo>> ListAsync(CancellationToken cancellationToken)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<ContentVersionInfo>>([.. _versions.Select(v => v.Info)]);
    }

    public Task<ContentVersion?> GetAsync(int number, CancellationToken cancellationToken)
    {
        lock (_lock) return Task.FromResult(_versions.FirstOrDefault(v => v.Info.Number == number));
    }

    public Task<ContentVersionInfo?> AddAsync(NewContentVersion version, bool onlyIfEmpty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        lock (_lock)
        {
            if (onlyIfEmpty && _versions.Count > 0) return Task.FromResult<ContentVersionInfo?>(null);
            var stored = new ContentVersion(version.Numbered(_versions.Count + 1), [.. version.Files]);
            _versions.Add(stored);
            return Task.FromResult<ContentVersionInfo?>(stored.Info);
        }
    }
}
