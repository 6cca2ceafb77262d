namespace PolicyBot.Dialogs.Turns;

/// <summary>What a usage event counts: a topic answered, a question nothing matched, or a hand-off to an owner.</summary>
public enum UsageKind
{
    Topic,
    Unmatched,
    Handoff,

    /// <summary>Topics offered as "did you mean …?" (one event per offered topic); <see cref="UsageEvent.Question"/> is the text.</summary>
    Suggested,

    /// <summary>A topic picked from the suggestions.</summary>
    SuggestionPicked,

    /// <summary>"Did this help?" answered yes, or no, on a topic's answer.</summary>
    Helped,
    NotHelped,

    /// <summary>
    /// The owner who answered a ticket suggested its question as a new trigger phrase; <see cref="UsageEvent.Question"/>
    /// is the ticket's question, kept for comms staff's review because a person chose to pass it on.
    /// </summary>
    TicketSuggested,
}

/// <summary>
/// One thing worth counting for comms staff's usage insights. Hosts store it (ids and counts only) and never send it.
/// <see cref="Question"/> carries the user's text of an unmatched question; the host keeps it only when the operator
/// turned collecting those on.
/// </summary>
public sealed record UsageEvent(UsageKind Kind, Language Language) : TurnEffect
{
    public string? TopicId { get; init; }

    public string? HandoffOwner { get; init; }

    public string? Question { get; init; }
}
