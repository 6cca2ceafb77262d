using PolicyBot.Bot.Protocol;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Handoff;

/// <summary>
/// What carrying out a turn's hand-off effects gave: activities for the current conversation, and for a pressed
/// ticket button what the press comes to (the ticket's card as it is now, or the note to the presser), which answers
/// an <c>adaptiveCard/action</c> invoke in place.
/// </summary>
public sealed record HandoffOutcome(List<Activity> Extra)
{
    public MessageReply? Pressed { get; init; }

    /// <summary>Usage the effects gave besides the turn's own (a ticket's question suggested to comms staff).</summary>
    public IReadOnlyList<UsageEvent> Usage { get; init; } = [];
}
