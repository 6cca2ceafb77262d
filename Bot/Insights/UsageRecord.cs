using System.Data.Common;
using System.Globalization;

namespace PolicyBot.Bot.Insights;

/// <summary>One stored usage event: the ISO week it happened in, what it counts, and no user text unless collected.</summary>
public sealed record UsageRecord(string Week, string Kind, string Language)
{
    public string? TopicId { get; init; }

    public string? HandoffOwner { get; init; }

    /// <summary>The unmatched question, only when <see cref="InsightsOptions.CollectUnmatchedQuestions"/> is on.</summary>
    public string? Question { get; init; }

    /// <summary>ISO 8601 week of <paramref name="time"/> in UTC, e.g. <c>2026-W47</c>; sorts like the weeks it names.</summary>
    public static string WeekOf(DateTimeOffset time)
    {
        var date = time.UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    /// <summary>The columns <see cref="ReadAllAsync"/> expects, in its order.</summary>
    public const string Columns = "week, kind, language, topic, handoff_owner, question";

    /// <summary>Every row of a query that selects <see cref="Columns"/>.</summary>
    public static async Task<IReadOnlyList<UsageRecord>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<UsageRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new UsageRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2))
            {
                TopicId = reader.IsDBNull(3) ? null : reader.GetString(3),
                HandoffOwner = reader.IsDBNull(4) ? null : reader.GetString(4),
                Question = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
        }
        return records;
    }
}
