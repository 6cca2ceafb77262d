namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// The employee was handed off to an owner. The host turns it into a stored ticket posted to the owner's Teams
/// channel (when one is configured and known) and, on the Emulator, a <c>handoff.initiate</c> event.
/// <see cref="Question"/> is set only when the employee confirmed sending it.
/// </summary>
public sealed record HandoffRequest(string OwnerId) : TurnEffect
{
    public string? TopicId { get; init; }

    public string? CheckId { get; init; }

    public string? Question { get; init; }

    /// <summary>The employee's answers in the guided check, when the hand-off came from its verdict.</summary>
    public IReadOnlyList<TicketAnswer> Answers { get; init; } = [];

    public Language Language { get; init; } = Language.En;
}

/// <summary>One answer from the guided check, as the employee saw it: the question and the chosen label.</summary>
public sealed record TicketAnswer(string Question, string Answer);
