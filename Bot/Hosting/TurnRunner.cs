using Microsoft.Extensions.Options;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// Runs one turn against stored state: load once, <see cref="IBot.OnTurnAsync"/>, save once with the ETag read.
/// A conflicting writer makes the turn re-run on fresh state (bounded); a failing turn saves nothing and yields
/// the bot's <see cref="IBot.ErrorReply"/>. Callers hold the conversation lock.
/// </summary>
public sealed class TurnRunner(IBot bot, IConversationStore store, IOptions<StorageOptions> storage, ILogger<TurnRunner> logger)
{
    private static readonly byte[] FreshState = ConversationDataSerializer.Serialize(new ConversationData());

    public async Task<IReadOnlyList<Reply>> RunAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = StorageKeys.Conversation(input.ChannelId, input.ConversationId);
        ReadOnlyMemory<byte>? previous = null;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var stored = await store.ReadAsync(key, cancellationToken);
                previous = stored?.Data ?? FreshState;
                var state = ConversationDataSerializer.Deserialize(previous.Value.Span);

                var result = await bot.OnTurnAsync(input, state, cancellationToken);

                // Like the SDK, save only when something changed.
                var updated = ConversationDataSerializer.Serialize(state);
                if (updated.AsSpan().SequenceEqual(previous.Value.Span)) return result.Replies;
                var write = await store.WriteAsync(key, updated, stored?.ETag, cancellationToken);
                if (!write.IsConflict) return result.Replies;

                if (attempt > storage.Value.MaxConflictRetries)
                {
                    logger.StateConflictsExhausted(attempt);
                    return ErrorReply(input, previous);
                }
                logger.StateConflict(attempt);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.TurnFailed(ExceptionSummary.TypeName(ex), ExceptionSummary.StackTraces(ex));
            return ErrorReply(input, previous);
        }
    }

    private IReadOnlyList<Reply> ErrorReply(TurnInput input, ReadOnlyMemory<byte>? previous)
    {
        try
        {
            // A fresh copy of the state as it was before the turn: the failed turn may have half-changed its own.
            var state = previous is { } bytes ? ConversationDataSerializer.Deserialize(bytes.Span) : null;
            return [bot.ErrorReply(input, state)];
        }
        catch (Exception ex)
        {
            logger.ErrorReplyFailed(ExceptionSummary.TypeName(ex));
            return [];
        }
    }
}
