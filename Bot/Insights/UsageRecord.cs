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
}
