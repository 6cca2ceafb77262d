namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// Everything the dialogs produced in one turn: the replies in send order (messages and traces), the update of the
/// card the user pressed, and the effects the host carries out after the save.
/// </summary>
public sealed class TurnResult
{
    public List<Reply> Replies { get; } = [];

    /// <summary>Replace the card whose button was pressed (the inbound submit's <c>replyToId</c>); the last one set wins.</summary>
    public CardUpdate? CardUpdate { get; set; }

    public List<TurnEffect> Effects { get; } = [];

    public IEnumerable<MessageReply> Messages => Replies.OfType<MessageReply>();

    /// <summary>The last topic answer (or check outcome) card of the turn, if it sent one.</summary>
    public AnswerCard? LastAnswer => Messages.Select(m => m.Card).OfType<AnswerCard>().LastOrDefault();
}
