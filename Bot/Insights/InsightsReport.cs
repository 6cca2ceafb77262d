using System.Globalization;
using System.Text;

namespace PolicyBot.Bot.Insights;

/// <summary>
/// The usage report for comms staff, per week: which topics were asked how often, how many questions matched nothing
/// (the content gaps; their text only when it was collected), and the hand-offs per owner.
/// </summary>
public static class InsightsReport
{
    public static string Build(IReadOnlyList<UsageRecord> records, IReadOnlyList<string> weeks)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(weeks);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Usage of PolicyBot, {weeks[0]} to {weeks[^1]} (counts and topic ids only)");
        foreach (var week in weeks)
        {
            var inWeek = records.Where(r => r.Week == week).ToList();
            var topics = inWeek.Where(r => r.Kind == "topic").ToList();
            var unmatched = inWeek.Where(r => r.Kind == "unmatched").ToList();
            var handoffs = inWeek.Where(r => r.Kind == "handoff").ToList();
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{week}: {topics.Count} topic answers, {unmatched.Count} unmatched questions, {handoffs.Count} hand-offs");
            if (inWeek.Count == 0) continue;
            AppendCounts(text, "topics", topics.Select(r => r.TopicId ?? "?"));
            AppendCounts(text, "unmatched by language", unmatched.Select(r => r.Language));
            AppendCounts(text, "hand-offs", handoffs.Select(r => r.HandoffOwner ?? "?"));
            foreach (var question in unmatched.Select(r => r.Question).OfType<string>().Distinct())
                text.AppendLine(CultureInfo.InvariantCulture, $"    unmatched: \"{question}\"");
        }
        return text.ToString();
    }

    /// <summary>The last <paramref name="count"/> ISO weeks up to and including the week of <paramref name="now"/>, oldest first.</summary>
    public static IReadOnlyList<string> LastWeeks(DateTimeOffset now, int count) =>
        [.. Enumerable.Range(0, Math.Max(1, count)).Reverse().Select(i => UsageRecord.WeekOf(now.AddDays(-7 * i)))];

    private static void AppendCounts(StringBuilder text, string heading, IEnumerable<string> values)
    {
        var counts = values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (counts.Count == 0) return;
        text.AppendLine(CultureInfo.InvariantCulture, $"  {heading}: {string.Join(", ", counts.Select(g => $"{g.Key} {g.Count()}"))}");
    }
}
