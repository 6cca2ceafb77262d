using System.Text.Json;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Handoff;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// The turn after parsing (PROTOCOL.md §1.2 steps 4–5): remember the conversation's reference, pick the turn input,
/// run it under the conversation lock, carry out hand-offs and ticket pick-ups, deliver replies (posted in order, or
/// buffered for expectReplies) and shape the HTTP answer.
/// </summary>
public sealed class ActivityProcessor(
    TurnRunner runner,
    ReplyActivityFactory replyFactory,
    ConnectorClient connector,
    ConversationLocks locks,
    ActivityReplays replays,
    ConversationReferences references,
    HandoffService handoffs,
    Insights.UsageRecorder usage,
    Insights.TeamsFeedback feedback,
    Retention.Erasure erasure,
    ILogger<ActivityProcessor> logger)
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public async Task<BotResponse> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Retention.Erasure.IsRemoval(activity))
        {
            // Uninstall or deleteUserData: remove (not while a turn of the conversation runs), and remember nothing of it.
            using (await locks.AcquireAsync(StorageKeys.Conversation(activity.ChannelId ?? "", activity.Conversation?.Id ?? ""), cancellationToken))
                await erasure.HandleAsync(activity, cancellationToken);
            return Respond(activity, [], null);
        }
        // The reference is saved beside the turn (a new conversation's reference and state then share a commit) and
        // awaited before anything that may need it: the hand-offs, and the answer to the channel.
        var capture = CaptureReferenceAsync(activity, cancellationToken);
        if (activity.Type == ActivityTypes.Invoke && activity.Name == Insights.TeamsFeedback.SubmitActionInvoke)
        {
            // Teams' own 👍/👎: counted, no reply (Teams shows its own thanks), and an empty 200.
            var counted = await feedback.HandleAsync(activity, cancellationToken);
            await capture;
            return Respond(activity, [], counted);
        }
        var (input, invokeResponse) = InputOf(activity);

        if (input is null)
        {
            await capture;
            if (invokeResponse is null) logger.ActivityIgnored(activity.Type);
            return Respond(activity, [], invokeResponse);
        }

        var conversationKey = StorageKeys.Conversation(input.ChannelId, input.ConversationId);
        using (await locks.AcquireAsync(conversationKey, cancellationToken))
        {
            // A resent activity (checked under the lock, so a retry racing the original waits and is then skipped).
            var replayable = activity.Type != ActivityTypes.Invoke;
            if (replayable && replays.IsReplay(conversationKey, activity.Id))
            {
                await capture;
                logger.ActivityReplayed();
                return Respond(activity, [], null);
            }
            var ((outgoing, answer), replies) = await runner.RunAsync(input, replies => (Render(activity, replies), replies), cancellationToken);
            await capture;
            if (replayable) replays.Remember(conversationKey, activity.Id);
            outgoing.AddRange(await ExecuteHandoffsAsync(activity, replies, cancellationToken));
            await usage.RecordAsync(replies, cancellationToken);
            if (!activity.IsExpectReplies)
            {
                // The pressed card's update and the replies are independent calls: the update goes out beside them.
                // They share one send budget, so a failing channel holds the turn for one budget, not one per reply.
                var budget = connector.StartBudget();
                var update = UpdateAnsweredCardAsync(activity, replies, budget, cancellationToken);
                var answered = await SendAllAsync(activity, outgoing, replies, budget, cancellationToken);
                await update;
                if (answered.Count > 0) await feedback.RememberAsync(input.ChannelId, input.ConversationId, answered, cancellationToken);
            }
            return Respond(activity, outgoing, answer);
        }
    }

    /// <summary>
    /// The last line of defence, for when <see cref="ProcessAsync"/> threw: the bot's polite error reply where the
    /// activity runs a turn (posted, or returned for expectReplies), and a 2xx answer. Never throws.
    /// </summary>
    public async Task<BotResponse> ErrorResponseAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        try
        {
            var (input, invokeResponse) = InputOf(activity);
            if (input is null) return Respond(activity, [], invokeResponse);
            var (outgoing, answer) = runner.ErrorReply(input, replies => Render(activity, replies));
            if (!activity.IsExpectReplies)
                foreach (var reply in outgoing) await connector.SendAsync(reply, cancellationToken);
            return Respond(activity, outgoing, answer);
        }
        catch (Exception ex)
        {
            logger.ErrorReplyFailed(ExceptionSummary.TypeName(ex));
            return BotResponse.Ok;
        }
    }

    /// <summary>
    /// Every conversation the bot hears from can get proactive messages later (tickets, pick-up news). Remembering it
    /// is worth a try, not the turn: a store that refuses it (a locked file, an id PostgreSQL cannot hold) is logged.
    /// </summary>
    private async Task CaptureReferenceAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await references.CaptureAsync(activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.ReferenceNotCaptured(ExceptionSummary.TypeName(ex), activity.ChannelId);
        }
    }

    /// <summary>
    /// A confirmed hand-off to an owner with a Teams channel (a ticket stored and posted there) takes longer than a
    /// moment, so the employee first sees the bot typing. Other turns send no typing activity: the fast path stays as it was. A pick-up
    /// in the owners' channel gets none either: the presser sees the card change, and Teams shows no typing in channels.
    /// </summary>
    private async Task<List<Activity>> ExecuteHandoffsAsync(Activity inbound, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var slow = !inbound.IsExpectReplies && handoffs.PostsTicket(replies);
        var typing = slow ? connector.SendAsync(inbound.CreateReply(ActivityTypes.Typing), cancellationToken) : Task.FromResult<ResourceResponse?>(null);
        var extra = await handoffs.ExecuteAsync(inbound, replies, cancellationToken);
        await typing;
        return extra;
    }

    /// <summary>
    /// Posts the turn's activities in order. Answers that carry Teams' feedback buttons come back as the ids Teams gave
    /// them with their topics (the n-th such activity is the n-th answer reply), so a later 👍/👎 can be counted.
    /// </summary>
    private async Task<List<AnsweredMessage>> SendAllAsync(Activity inbound, List<Activity> outgoing, IReadOnlyList<Reply> replies, SendBudget budget, CancellationToken cancellationToken)
    {
        var answered = new List<AnsweredMessage>();
        var answers = new Queue<MessageReply>(TeamsAnswers.Apply(inbound) ? replies.OfType<MessageReply>().Where(r => r.Card is AnswerCard) : []);
        foreach (var reply in outgoing)
        {
            var sent = await connector.SendAsync(reply, cancellationToken, budget);
            if (TeamsAnswers.HasFeedbackLoop(reply) && answers.TryDequeue(out var answer) && sent?.Id is { Length: > 0 } id)
                answered.Add(new AnsweredMessage(id, ((AnswerCard)answer.Card!).TopicId, answer.Language));
        }
        return answered;
    }

    /// <summary>
    /// A button pressed on a question card: replace that card (the submit's replyToId) with the question and the chosen
    /// answer, so an old button cannot be pressed twice (PROTOCOL.md §6.7). A failed update is logged by the connector.
    /// </summary>
    private async Task UpdateAnsweredCardAsync(Activity inbound, IReadOnlyList<Reply> replies, SendBudget budget, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(inbound.ReplyToId) || replies.OfType<CardUpdate>().LastOrDefault() is not { } update) return;
        var replacement = ReplyActivityFactory.Render(inbound.CreateReply() with { Id = inbound.ReplyToId, ReplyToId = null }, update.Replacement);
        await connector.UpdateAsync(replacement, cancellationToken, budget);
    }

    /// <summary>The turn input of <paramref name="activity"/>, or none (with the invoke's answer when it is a refused invoke).</summary>
    private (TurnInput? Input, InvokeResponse? Response) InputOf(Activity activity) =>
        activity.Type == ActivityTypes.Invoke ? ForInvoke(activity) : (TurnInputs.FromActivity(activity, replyFactory.KeepsTraces(activity)), null);

    /// <summary>The turn's replies as activities to <paramref name="activity"/>'s conversation, and an invoke's answer.</summary>
    private (List<Activity> Outgoing, InvokeResponse? Answer) Render(Activity activity, IReadOnlyList<Reply> replies) =>
        (replyFactory.Create(activity, replies), activity.Type == ActivityTypes.Invoke ? InvokeAnswer(replies) : null);

    private (TurnInput? Input, InvokeResponse? Response) ForInvoke(Activity activity)
    {
        if (activity.Name != AdaptiveCardActionInvoke)
        {
            logger.InvokeNotImplemented(activity.Name);
            return (null, InvokeResponse.NotImplemented);
        }
        if (!AdaptiveCardActionValue.TryGetData(activity.Value, out var data, out var error))
        {
            logger.InvokeRejected(error.Value.ToString());
            return (null, new InvokeResponse(StatusCodes.Status400BadRequest, Serialize(error)));
        }
        return (TurnInputs.CardAction(activity, data, replyFactory.KeepsTraces(activity)), null);
    }

    /// <summary>The replies are posted as usual; the invoke answer shows the first message's text.</summary>
    private static InvokeResponse InvokeAnswer(IReadOnlyList<Reply> replies)
    {
        var text = replies.OfType<MessageReply>().Select(m => m.Text).FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? "OK";
        return new InvokeResponse(StatusCodes.Status200OK, Serialize(AdaptiveCardInvokeResponse.Message(text)));
    }

    private static BotResponse Respond(Activity activity, List<Activity> outgoing, InvokeResponse? invokeResponse)
    {
        // expectReplies wins, even for invokes (PROTOCOL.md §1.2 step 5); the SDK buffers the invoke answer too.
        if (activity.IsExpectReplies)
        {
            if (invokeResponse is not null)
            {
                outgoing.Add(new Activity
                {
                    Type = ActivityTypes.InvokeResponse,
                    Value = JsonSerializer.SerializeToElement(new { status = invokeResponse.Status, body = invokeResponse.Body }, ProtocolJson.Options),
                });
            }
            return new BotResponse(StatusCodes.Status200OK, new ExpectedReplies { Activities = outgoing });
        }
        if (activity.Type == ActivityTypes.Invoke)
            return invokeResponse is null ? new BotResponse(StatusCodes.Status501NotImplemented) : new BotResponse(invokeResponse.Status, invokeResponse.Body);
        return BotResponse.Ok;
    }

    private static JsonElement Serialize(AdaptiveCardInvokeResponse response) =>
        JsonSerializer.SerializeToElement(response, ProtocolJson.Options);
}
