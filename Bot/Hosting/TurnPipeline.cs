using Microsoft.Extensions.Options;
using PolicyBot.Bot.Handoff;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.Rendering;
using PolicyBot.Bot.State;
using PolicyBot.Bot.Telemetry;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// One activity from <c>POST /api/messages</c> to the channel and back (PROTOCOL.md §1.2 steps 4–5), in the order it
/// happens: lock → replay check → load → run the dialogs → render → save → send → effects. Each step is one call to
/// the class that does it. Whatever fails on the way is caught once, at the end, and answered with the bot's error reply.
/// </summary>
public sealed class TurnPipeline(
    IBot bot,
    ConversationLocks locks,
    ActivityReplays replays,
    TurnStateStore states,
    ReplyActivityFactory renderer,
    TurnDelivery delivery,
    TurnEffects effects,
    NoTurnActivities noTurn,
    ConversationReferences references,
    IOptions<BotOptions> options,
    IOptions<StorageOptions> storage,
    ILogger<TurnPipeline> logger)
{
    public async Task<BotResponse> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        // The one place that decides whether this turn's traces are built and kept: on the Emulator, or with Bot:EmitTraces.
        var traces = options.Value.KeepsTraces(activity.ChannelId);
        TurnInput? input = null;
        LoadedState? loaded = null;
        var capture = Task.CompletedTask;
        var inTheTurn = false;
        try
        {
            // Uninstalls and erasure requests, Teams' 👍/👎, refused invokes and activities the bot ignores run no turn.
            if (await noTurn.HandleAsync(activity, cancellationToken) is { } handled) return handled;

            // The reference is saved beside the turn (a new conversation's reference and state then share a commit).
            capture = references.TryCaptureAsync(activity, cancellationToken);
            (input, var refused) = noTurn.InputOf(activity, traces);
            if (input is null)
            {
                await capture;
                return BotResponse.To(activity, [], refused);
            }

            // 1. Lock: one turn per conversation at a time.
            var key = StorageKeys.Conversation(input.ChannelId, input.ConversationId);
            using var turn = await locks.AcquireAsync(key, cancellationToken);

            // 2. Replay check, under the lock: a resent activity racing the original waits, then is skipped. Invokes
            //    always run (their answer is the HTTP response).
            var replayable = activity.Type != ActivityTypes.Invoke;
            if (replayable && replays.IsReplay(key, activity.Id))
            {
                await capture;
                logger.ActivityReplayed();
                return BotResponse.To(activity, [], null);
            }
            if (replayable) replays.Remember(key, activity.Id);

            TurnResult result;
            List<Activity> outgoing;
            inTheTurn = true;
            for (var attempt = 1; ; attempt++)
            {
                // 3. Load the conversation's state.
                loaded = await states.LoadAsync(key, cancellationToken);
                // 4. Run the dialogs: the state changes in place, the replies come back.
                result = await RunDialogsAsync(input, loaded.State, cancellationToken);
                // 5. Render the replies as activities (before the save: a reply that cannot be rendered saves nothing).
                outgoing = renderer.Create(activity, result.Replies, traces);
                // 6. Save, with the ETag read; another writer first makes the turn run again on fresh state.
                if (await states.SaveAsync(loaded, cancellationToken)) break;
                if (attempt > storage.Value.MaxConflictRetries) throw new StateConflictException(attempt);
                logger.StateConflict(attempt);
            }
            inTheTurn = false;
            await capture;

            // 7. Send the replies (for expectReplies the HTTP answer carries them).
            var answered = await delivery.SendAsync(activity, outgoing, result.Replies, result.CardUpdate, cancellationToken);

            // 8. Effects, after the save: hand-offs, ticket pick-ups, usage, the ids of Teams' answers.
            var outcome = await effects.RunAsync(activity, input, result.Effects, answered, cancellationToken);
            await delivery.SendAsync(activity, outcome.Extra, [], null, cancellationToken);
            outgoing.AddRange(outcome.Extra);

            return BotResponse.To(activity, outgoing, activity.Type == ActivityTypes.Invoke ? InvokeAnswer(result, outcome) : null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailure(ex, inTheTurn);
            await capture;
            return await ErrorReplyAsync(activity, input, loaded, traces, cancellationToken);
        }
    }

    /// <summary>A pressed question answers with its answered card; a pressed ticket button with the ticket's card or the note.</summary>
    private static InvokeResponse InvokeAnswer(TurnResult result, HandoffOutcome outcome) => outcome.Pressed switch
    {
        { Card: not null } card => BotResponse.InvokeAnswer(result.Replies, result.CardUpdate ?? new CardUpdate(card)),
        { } note => BotResponse.InvokeAnswer([.. result.Replies, note], result.CardUpdate),
        null => BotResponse.InvokeAnswer(result.Replies, result.CardUpdate),
    };

    /// <summary>The dialogs under <see cref="BotOptions.TurnDeadline"/> (state I/O and sending not included).</summary>
    private async Task<TurnResult> RunDialogsAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.TurnDeadline);
        try
        {
            return await bot.OnTurnAsync(input, state, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TurnDeadlineException();
        }
    }

    /// <summary>Type and stack, never the message, which may quote what the employee typed.</summary>
    private void LogFailure(Exception ex, bool inTheTurn)
    {
        switch (ex)
        {
            case TurnDeadlineException:
                logger.TurnDeadlinePassed((long)options.Value.TurnDeadline.TotalMilliseconds);
                break;
            case StateConflictException conflict:
                logger.StateConflictsExhausted(conflict.Attempts);
                break;
            case var _ when inTheTurn:
                logger.TurnFailed(ExceptionSummary.TypeName(ex), ExceptionSummary.StackTraces(ex));
                break;
            default:
                logger.ProcessingFailed(ExceptionSummary.TypeName(ex), ExceptionSummary.StackTraces(ex));
                break;
        }
    }

    /// <summary>
    /// The one error reply: the bot's apology in the conversation's language as it was before the turn (posted, or
    /// returned for expectReplies) and a 2xx answer. Nothing was saved by the failed turn. Never throws.
    /// </summary>
    private async Task<BotResponse> ErrorReplyAsync(Activity activity, TurnInput? input, LoadedState? loaded, bool traces, CancellationToken cancellationToken)
    {
        try
        {
            var refused = default(InvokeResponse);
            if (input is null) (input, refused) = noTurn.InputOf(activity, traces);
            if (input is null) return BotResponse.To(activity, [], refused) with { Failed = true };
            var apology = bot.ErrorReply(input, loaded?.BeforeTheTurn());
            var outgoing = renderer.Create(activity, [apology], traces);
            await delivery.SendAsync(activity, outgoing, [], null, cancellationToken);
            return BotResponse.To(activity, outgoing, activity.Type == ActivityTypes.Invoke ? BotResponse.InvokeAnswer([apology]) : null) with { Failed = true };
        }
        catch (Exception ex)
        {
            logger.ErrorReplyFailed(ExceptionSummary.TypeName(ex));
            return BotResponse.Ok with { Failed = true };
        }
    }
}
