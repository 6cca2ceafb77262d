using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// What the hand-off waterfall keeps between its steps (<see cref="HandoffDialog"/>'s own state record): the context
/// resolved from the offers in state when it began, the owner, and the question the employee typed.
/// </summary>
public sealed record HandoffState
{
    public string? OwnerId { get; set; }

    /// <summary>What the employee typed for the owner: user text, never shown in traces or logs.</summary>
    public string? Question { get; set; }

    public string? TopicId { get; set; }

    public string? CheckId { get; set; }

    public List<CheckAnswer> Answers { get; set; } = [];

    /// <summary>Keeps the topic and check answers of <paramref name="handoff"/> for the ticket.</summary>
    public void Keep(HandoffContext handoff)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        TopicId = handoff.TopicId;
        CheckId = handoff.CheckId;
        Answers = [.. handoff.Answers.Select(a => new CheckAnswer(a.Step, a.Choice))];
    }

    /// <summary>The context kept by <see cref="Keep"/>, for the ticket.</summary>
    public HandoffContext Context() =>
        new(OwnerId) { TopicId = TopicId, CheckId = CheckId, Answers = [.. Answers.Select(a => (a.Step, a.Choice))] };
}
