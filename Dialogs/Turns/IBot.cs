namespace PolicyBot.Dialogs.Turns;

/// <summary>The conversation brain: one turn in, replies out. <paramref name="state"/> is mutated in place.</summary>
public interface IBot
{
    Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken);

    /// <summary>The polite apology the host sends when a turn failed, in the user's language.</summary>
    MessageReply ErrorReply(TurnInput input, ConversationData? state);
}
