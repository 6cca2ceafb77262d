namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// A hand-off the bot itself offered in this conversation (an owner button under an answer, verdict or outcome), kept
/// in the conversation's state. The button carries only <see cref="Ref"/>; the ticket takes its topic and check
/// answers from here, so a crafted submit cannot choose them.
/// </summary>
public sealed record OfferedHandoff(string Ref, string OwnerId)
{
    public string? TopicId { get; init; }

    public string? CheckId { get; init; }

    /// <summary>The check's answers as <c>step:choice</c> ids.</summary>
    public List<string> Answers { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}
