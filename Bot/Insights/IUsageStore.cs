namespace PolicyBot.Bot.Insights;

/// <summary>Usage events for the insights report, beside the conversation state (same SQLite file).</summary>
public interface IUsageStore
{
    Task AddAsync(IReadOnlyList<UsageRecord> records, CancellationToken cancellationToken);

    /// <summary>Every record of <paramref name="fromWeek"/> (an ISO week like <c>2026-W40</c>) and later.</summary>
    Task<IReadOnlyList<UsageRecord>> ListAsync(string fromWeek, CancellationToken cancellationToken);
}
