using Microsoft.Extensions.Options;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// Runs one turn against stored state: load once, <see cref="IBot.OnTurnAsync"/>, render the replies, save once
/// with the ETag read. A conflicting writer makes the turn re-run on fresh state (bounded); a failing turn
/// (bot or rendering) saves nothing and yields the bot's <see cref="IBot.ErrorReply"/>, and so does a turn whose dialogs
/// run past <see cref="BotOptions.TurnDeadline"/>. Callers hold the conversation lock.
/// </summary>
public sealed class TurnRunner(IBot bot, IConversationStore store, IOptions<StorageOptions> storage, IOptions<BotOptions> options, ILogger<TurnRunner> logger)
{
    private static readonly byte[] FreshState = ConversationDataSerializer.Serialize(new ConversationData());

    public async Task<T> RunAsync<T>(TurnInput input, Func<IReadOnlyList<Reply>, T> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(render);
        var key = StorageKeys.Conversation(input.ChannelId, input.ConversationId);
        ReadOnlyMemory<byte>? previous = null;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var stored = await store.ReadAsync(key, cancellationToken);
                previous = stored?.Data ?? FreshState;
                var state = ConversationDataSerializer.Deserialize(previous.Value.Span);

                var result = await ThinkAsync(input, state, cancellationToken);
                var rendered = render(result.Replies);

                // Like the SDK, save only when something changed.
                var updated = ConversationDataSerializer.Serialize(state);
                if (updated.AsSpan().SequenceEqual(previous.Value.Span)) return rendered;
                var write = await store.WriteAsync(key, updated, stored?.ETag, cancellationToken);
                if (!write.IsConflict) return rendered;

                if (attempt > storage.Value.MaxConflictRetries)
                {
                    logger.StateConflictsExhausted(attempt);
                    return ErrorReply(input, previous, render);
                }
                logger.StateConflict(attempt);
            }
        }
        catch (TurnDeadlineException)
        {
            logger.TurnDeadlinePassed((long)options.Value.TurnDeadline.TotalMilliseconds);
            return ErrorReply(input, previous, render);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.TurnFailed(ExceptionSummary.TypeName(ex), ExceptionSummary.StackTraces(ex));
            return ErrorReply(input, previous, render);
        }
    }

    /// <summary>The bot's turn under the deadline: a turn cancelled by the deadline (not by the caller) is a <see cref="TurnDeadlineException"/>.</summary>
    private async Task<TurnResult> ThinkAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken)
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

    private sealed class TurnDeadlineException : Exception;

    /// <summary>The bot's error reply for <paramref name="input"/> without stored state, for failures outside a turn.</summary>
    public T ErrorReply<T>(TurnInput input, Func<IReadOnlyList<Reply>, T> render)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(render);
        return ErrorReply(input, null, render);
    }

    private T ErrorReply<T>(TurnInput input, ReadOnlyMemory<byte>? previous, Func<IReadOnlyList<Reply>, T> render)
    {
        try
        {
            // A fresh copy of the state as it was before the turn: the failed turn may have half-changed its own.
            var state = previous is { } bytes ? ConversationDataSerializer.Deserialize(bytes.Span) : null;
            return render([bot.ErrorReply(input, state)]);
        }
        catch (Exception ex)
        {
            logger.ErrorReplyFailed(ExceptionSummary.TypeName(ex));
            return render([]);
        }
    }
}
