using Microsoft.Extensions.Options;
using PolicyBot.Bot.Telemetry;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs;

namespace PolicyBot.Bot.Insights;

/// <summary>
/// Stores a turn's <see cref="UsageEvent"/>s with the week they happened in. The text of an unmatched question is
/// kept only with <see cref="InsightsOptions.CollectUnmatchedQuestions"/>. A failure is logged and never fails the turn.
/// </summary>
public sealed class UsageRecorder(IUsageStore store, IOptions<InsightsOptions> options, TimeProvider time, PolicyBotMetrics metrics, ILogger<UsageRecorder> logger)
{
    public async Task RecordAsync(IReadOnlyList<UsageEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        metrics.Usage(events);
        var week = UsageRecord.WeekOf(time.GetUtcNow());
        var records = events.Select(e => ToRecord(e, week)).ToList();
        if (records.Count == 0) return;
        try
        {
            await store.AddAsync(records, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.UsageNotRecorded(ExceptionSummary.TypeName(ex));
        }
    }

    private UsageRecord ToRecord(UsageEvent usage, string week) => new(week, Kind(usage.Kind), usage.Language.Code())
    {
        TopicId = usage.TopicId,
        HandoffOwner = usage.HandoffOwner,
        Question = usage.Kind is UsageKind.Unmatched or UsageKind.SuggestionPicked && options.Value.CollectUnmatchedQuestions
            || usage.Kind == UsageKind.TicketSuggested ? usage.Question : null,
    };

    public static string Kind(UsageKind kind) => kind switch
    {
        UsageKind.Topic => "topic",
        UsageKind.Unmatched => "unmatched",
        UsageKind.Suggested => "suggested",
        UsageKind.SuggestionPicked => "suggestion-picked",
        UsageKind.Helped => "helped",
        UsageKind.NotHelped => "not-helped",
        UsageKind.TicketSuggested => "ticket-suggested",
        _ => "handoff",
    };
}
