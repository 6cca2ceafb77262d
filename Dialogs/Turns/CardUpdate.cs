namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// Replace the card the user just pressed a button on (the inbound submit's <c>replyToId</c>) with
/// <see cref="Replacement"/>, so its buttons cannot be pressed twice. Hosts that cannot update messages ignore it.
/// </summary>
public sealed record CardUpdate(MessageReply Replacement)
{
    /// <summary>
    /// The update for a question answered from its card: the question with the chosen answer. <paramref name="fromContent"/>:
    /// both come from the content (<see cref="MessageReply.FromContent"/>), not from what the user typed.
    /// </summary>
    public static CardUpdate Answered(string question, string answer, Language language, bool fromContent = false, string? quote = null) =>
        new(new MessageReply(question) { Card = new AnsweredCard(question, answer), Language = language, FromContent = fromContent, Quote = quote });
}
