using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// What comms staff want counted in a finished turn: a topic answered (typed or from a button), a typed question that
/// matched nothing, and hand-offs. The turn's <see cref="TurnContext.RecognitionOutcome"/> says whether the typed text
/// was taken as a question at all: an answer to a step ("ja") or a command counts as neither.
/// </summary>
public static class UsageEvents
{
    public static IEnumerable<UsageEvent> From(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = context.Language;
        var counted = new HashSet<string>(StringComparer.Ordinal);
        switch (context.RecognitionOutcome)
        {
            case RecognitionOutcome.Answered when context.Recognized.Topic is { } topic:
                counted.Add(topic);
                yield return new UsageEvent(UsageKind.Topic, language) { TopicId = topic };
                break;
            case RecognitionOutcome.Unmatched:
                yield return new UsageEvent(UsageKind.Unmatched, language) { Question = context.Input.Text };
                break;
            case RecognitionOutcome.Suggested:
                foreach (var suggestion in context.Recognized.Suggestions)
                    yield return new UsageEvent(UsageKind.Suggested, language) { TopicId = suggestion.Topic };
                break;
        }
        foreach (var message in context.Result.Messages.ToList())
        {
            if (message.Card is AnswerCard answer && counted.Add(answer.TopicId))
                yield return new UsageEvent(UsageKind.Topic, language) { TopicId = answer.TopicId };
        }
        foreach (var handoff in context.Result.Effects.OfType<HandoffRequest>().ToList())
            yield return new UsageEvent(UsageKind.Handoff, language) { TopicId = handoff.TopicId, HandoffOwner = handoff.OwnerId };
    }
}
