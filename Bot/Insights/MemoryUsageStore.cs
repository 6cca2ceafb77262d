namespace PolicyBot.Bot.Insights;

/// <summary>Usage events in memory (<c>Storage:Provider = memory</c>).</summary>
public sealed class MemoryUsageStore : IUsageStore
{
    private readonly List<UsageRecord> _records = [];
    private readonly Lock _gate = new();

    public Task AddAsync(IReadOnlyList<UsageRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        lock (_gate) _records.AddRange(records);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UsageRecord>> ListAsync(string fromWeek, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<UsageRecord> list = [.. _records.Where(r => string.CompareOrdinal(r.Week, fromWeek) >= 0)];
            return Task.FromResult(list);
        }
    }
}
