using System.Text.Json;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.State;
using PolicyBot.Bot.Telemetry;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Insights;

/// <summary>
/// Teams' own 👍/👎 under an answer: Teams sends a <c>message/submitAction</c> invoke (<c>actionName: feedback</c>,
/// <c>actionValue.reaction: like|dislike</c>) that names the answer only by its activity id (<c>replyToId</c>). The ids
/// of the last answers are kept in the <see cref="IAnsweredStore"/> (every instance reads the same store), and a
/// reaction is counted like the card's buttons: <see cref="UsageKind.Helped"/> or <see cref="UsageKind.NotHelped"/> for
/// the topic. What the employee typed into Teams' feedback form is never read.
/// </summary>
public sealed class TeamsFeedback(IAnsweredStore answered, IConversationStore store, UsageRecorder usage, ILogger<TeamsFeedback> logger)
{
    public const string SubmitActionInvoke = "message/submitAction";
    public const int MaxRemembered = 20;

    /// <summary>Remembers the answers Teams just gave ids, newest last, keeping the last <see cref="MaxRemembered"/>.</summary>
    public async Task RememberAsync(string channelId, string conversationId, IReadOnlyList<AnsweredMessage> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count == 0) return;
        try
        {
            await answered.AddAsync(StorageKeys.Conversation(channelId, conversationId), answers, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.AnswersNotRemembered(ExceptionSummary.TypeName(ex));
        }
    }

    /// <summary>The invoke's answer: 200 with an empty body (Teams refuses any other) for feedback, 501 for other actions.</summary>
    public async Task<InvokeResponse> HandleAsync(Activity invoke, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoke);
        if (!TryReadReaction(invoke.Value, out var helped))
        {
            logger.SubmitActionNotFeedback();
            return InvokeResponse.NotImplemented;
        }
        if (helped is { } reaction && await FindAsync(invoke, cancellationToken) is { } answer)
        {
            var kind = reaction ? UsageKind.Helped : UsageKind.NotHelped;
            await usage.RecordAsync([new UsageEvent(kind, answer.Language) { TopicId = answer.TopicId }], cancellationToken);
            logger.FeedbackCounted(answer.TopicId, reaction ? "like" : "dislike");
        }
        else if (helped is not null && string.IsNullOrEmpty(invoke.ReplyToId))
        {
            logger.FeedbackWithoutReplyToId();
        }
        else
        {
            logger.FeedbackNotCounted(helped is null ? "reaction" : "answer");
        }
        return new InvokeResponse(StatusCodes.Status200OK);
    }

    private async Task<AnsweredMessage?> FindAsync(Activity invoke, CancellationToken cancellationToken)
    {
        if (invoke.ReplyToId is not { Length: > 0 } id || invoke.ChannelId is null || invoke.Conversation?.Id is null) return null;
        var key = StorageKeys.Conversation(invoke.ChannelId, invoke.Conversation.Id);
        if (await answered.FindAsync(key, id, cancellationToken) is { } answer) return answer;
        // Answers sent before the answered store were kept in the conversation's state (ConversationData.Answered).
        var stored = await store.ReadAsync(key, cancellationToken);
        if (stored is null) return null;
        return ConversationDataSerializer.Deserialize(stored.Data.Span).Answered?.LastOrDefault(a => a.ActivityId == id);
    }

    /// <summary>True for <c>actionName: feedback</c>, with <c>true</c>/<c>false</c> for like/dislike and null for any other reaction.</summary>
    private static bool TryReadReaction(JsonElement? value, out bool? helped)
    {
        helped = null;
        if (value is not { ValueKind: JsonValueKind.Object } v
            || !v.TryGetProperty("actionName", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() != "feedback")
            return false;
        if (v.TryGetProperty("actionValue", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("reaction", out var reaction) && reaction.ValueKind == JsonValueKind.String)
        {
            helped = reaction.GetString() switch { "like" => true, "dislike" => false, _ => null };
        }
        return true;
    }
}
