using System.Globalization;
using System.Text;

namespace PolicyBot.Bot.Insights;

/// <summary>
/// The usage report for comms staff, per week and topic: answered, suggested as "did you mean", picked from the
/// suggestions, helped or not; how many questions matched nothing (the content gaps), and the hand-offs per owner.
/// The texts of questions are only in <see cref="Review"/>.
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
            int Count(string kind) => inWeek.Count(r => r.Kind == kind);
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{week}: {Count("topic")} topic answers, {Count("suggested")} topics suggested, " +
                $"{Count("suggestion-picked")} suggestions picked, {Count("unmatched")} unmatched questions, {Count("handoff")} hand-offs, " +
                $"{Count("helped")} helped, {Count("not-helped")} did not help");
            if (inWeek.Count == 0) continue;
            AppendTopicTable(text, inWeek);
            AppendCounts(text, "unmatched by language", inWeek.Where(r => r.Kind == "unmatched").Select(r => r.Language));
            AppendCounts(text, "hand-offs", inWeek.Where(r => r.Kind == "handoff").Select(r => r.HandoffOwner ?? "?"));
        }
        return text.ToString();
    }

    /// <summary>
    /// Candidate trigger phrases for comms staff: the collected texts of questions whose suggestion was picked (with
    /// the topic picked) and of unmatched questions. Texts exist only where <c>Insights:CollectUnmatchedQuestions</c> was on.
    /// </summary>
    public static string Review(IReadOnlyList<UsageRecord> records, IReadOnlyList<string> weeks)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(weeks);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Questions to review, {weeks[0]} to {weeks[^1]}: candidate trigger phrases (say them in your own words in the content)");
        var picked = records.Where(r => r.Kind == "suggestion-picked" && r.Question is not null)
            .GroupBy(r => (r.TopicId ?? "?", r.Question!)).OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ToList();
        var unmatched = records.Where(r => r.Kind == "unmatched" && r.Question is not null)
            .GroupBy(r => r.Question!).OrderByDescending(g => g.Count()).ToList();
        var fromTickets = records.Where(r => r.Kind == "ticket-suggested" && r.Question is not null)
            .GroupBy(r => (r.TopicId ?? "-", r.Question!)).OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ToList();
        if (picked.Count == 0 && unmatched.Count == 0 && fromTickets.Count == 0)
        {
            text.AppendLine("  none collected (is Insights:CollectUnmatchedQuestions on?)");
            return text.ToString();
        }
        if (picked.Count > 0) text.AppendLine().AppendLine("Asked, then picked from \"did you mean\" (topic <- question):");
        foreach (var group in picked)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key.Item1} <- \"{group.Key.Item2}\"{Times(group.Count())}");
        if (unmatched.Count > 0) text.AppendLine().AppendLine("Unmatched (nothing in the policy matched):");
        foreach (var group in unmatched)
            text.AppendLine(CultureInfo.InvariantCulture, $"  [{group.First().Language}] \"{group.Key}\"{Times(group.Count())}");
        if (fromTickets.Count > 0) text.AppendLine().AppendLine("Suggested by owners who answered a ticket (topic of the ticket <- question):");
        foreach (var group in fromTickets)
            text.AppendLine(CultureInfo.InvariantCulture, $"  [{group.First().Language}] {group.Key.Item1} <- \"{group.Key.Item2}\"{Times(group.Count())}");
        return text.ToString();
    }

    private static string Times(int count) => count > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({count}x)") : "";

    private static readonly (string Kind, string Heading)[] TopicColumns =
    [
        ("topic", "answered"), ("suggested", "suggested"), ("suggestion-picked", "picked"), ("helped", "helped"), ("not-helped", "not helped"),
    ];

    private static void AppendTopicTable(StringBuilder text, List<UsageRecord> inWeek)
    {
        var kinds = TopicColumns.Select(c => c.Kind).ToHashSet(StringComparer.Ordinal);
        var topics = inWeek.Where(r => kinds.Contains(r.Kind)).GroupBy(r => r.TopicId ?? "?")
            .OrderByDescending(g => g.Count(r => r.Kind == "topic")).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (topics.Count == 0) return;
        var width = Math.Max(5, topics.Max(g => g.Key.Length));
        text.Append("  ").Append("topic".PadRight(width));
        foreach (var (_, heading) in TopicColumns) text.Append("  ").Append(heading);
        text.AppendLine();
        foreach (var topic in topics)
        {
            text.Append("  ").Append(topic.Key.PadRight(width));
            foreach (var (kind, heading) in TopicColumns)
                text.Append("  ").Append(topic.Count(r => r.Kind == kind).ToString(CultureInfo.InvariantCulture).PadLeft(heading.Length));
            text.AppendLine();
        }
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
