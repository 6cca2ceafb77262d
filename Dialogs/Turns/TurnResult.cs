namespace PolicyBot.Dialogs.Turns;

/// <summary>Everything the dialogs produced in one turn, in send order.</summary>
public sealed class TurnResult
{
    public List<Reply> Replies { get; } = [];

    public IEnumerable<MessageReply> Messages => Replies.OfType<MessageReply>();
}
