using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Reads a finished turn's replies for what comms staff want counted: a topic answered (typed or from a button), a
/// typed question that matched nothing, and hand-offs. The recognizer trace's <c>outcome</c> says whether the typed
/// text was answered as a question at all: an answer to a step ("ja") or a command counts as neither.
/// </summary>
public static class UsageEvents
{
    public static IEnumerable<UsageEvent> From(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = context.Language;
        var counted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reply in context.Result.Replies.ToList())
        {
            switch (reply)
            {
                case TraceReply { Name: RecognizerTrace.Name } trace when OutcomeOf(trace) == RecognizerTrace.Answered && TopicOf(trace) is { } topic:
                    counted.Add(topic);
                    yield return new UsageEvent(UsageKind.Topic, language) { TopicId = topic };
                    break;
                case TraceReply { Name: RecognizerTrace.Name } trace when OutcomeOf(trace) == RecognizerTrace.Unmatched:
                    yield return new UsageEvent(UsageKind.Unmatched, language) { Question = context.Input.Text };
                    break;
                case MessageReply { Card: AnswerCard answer } when counted.Add(answer.TopicId):
                    yield return new UsageEvent(UsageKind.Topic, language) { TopicId = answer.TopicId };
                    break;
                case HandoffRequest handoff:
                    yield return new UsageEvent(UsageKind.Handoff, language) { TopicId = handoff.TopicId, HandoffOwner = handoff.OwnerId };
                    break;
            }
        }
    }

    private static string? TopicOf(TraceReply trace) => trace.Value?["topic"]?.GetValue<string>();

    private static string? OutcomeOf(TraceReply trace) => trace.Value?["outcome"]?.GetValue<string>();
}
