using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Insights;

namespace PolicyBot.Bot.Editor;

/// <summary>
/// Beside a topic in the editor: the last weeks' usage from the store <c>insights</c> reads, counts only, and the
/// collected question texts only where <c>Insights:CollectUnmatchedQuestions</c> is on.
/// </summary>
public sealed class EditorInsights(IUsageStore usage, IOptions<InsightsOptions> insights, IOptions<EditorOptions> editor, TimeProvider time)
{
    private const int MaxTexts = 10;

    public async Task<JsonObject> ForTopicAsync(string topicId, CancellationToken cancellationToken)
    {
        var weeks = Math.Max(1, editor.Value.InsightsWeeks);
        var from = UsageRecord.WeekOf(time.GetUtcNow().AddDays(-7 * (weeks - 1)));
        var records = await usage.ListAsync(from, cancellationToken);
        var topic = records.Where(r => r.TopicId == topicId).ToList();
        int Count(string kind) => topic.Count(r => r.Kind == kind);
        var result = new JsonObject
        {
            ["fromWeek"] = from,
            ["weeks"] = weeks,
            ["answered"] = Count("topic"),
            ["suggested"] = Count("suggested"),
            ["picked"] = Count("suggestion-picked"),
            ["helped"] = Count("helped"),
            ["notHelped"] = Count("not-helped"),
            // an unmatched question has no topic: this is the whole bot's count, the gaps a topic might fill
            ["unmatched"] = records.Count(r => r.Kind == "unmatched"),
            ["textsCollected"] = insights.Value.CollectUnmatchedQuestions,
        };
        if (!insights.Value.CollectUnmatchedQuestions) return result;
        result["pickedQuestions"] = Texts(topic.Where(r => r.Kind == "suggestion-picked"));
        result["unmatchedQuestions"] = Texts(records.Where(r => r.Kind == "unmatched"));
        return result;
    }

    private static JsonArray Texts(IEnumerable<UsageRecord> records) =>
    [
        .. records.Where(r => r.Question is not null).GroupBy(r => r.Question!).OrderByDescending(g => g.Count()).Take(MaxTexts)
            .Select(g => new JsonObject { ["text"] = g.Key, ["count"] = g.Count(), ["language"] = g.First().Language }),
    ];
}
