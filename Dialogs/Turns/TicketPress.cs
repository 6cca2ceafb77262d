namespace PolicyBot.Dialogs.Turns;

/// <summary>What a ticket card asks of the host besides "I'll take it" (<see cref="TicketPickUp"/>).</summary>
public enum TicketPressKind
{
    /// <summary>Teams refreshes the card for its reader: the taker gets the answer form, everyone else the status.</summary>
    View,

    /// <summary>The taker closes the ticket with <see cref="TicketPress.Answer"/>, which goes to the employee.</summary>
    Close,

    /// <summary>The taker suggests the ticket's question to comms staff as a candidate trigger phrase.</summary>
    Suggest,
}

/// <summary>
/// A press on a ticket card in an owner's channel (or Teams' automatic refresh of it). The host looks the ticket up and
/// answers the invoke with the card for <see cref="UserId"/>, or with a note when the press is not theirs to make.
/// </summary>
public sealed record TicketPress(TicketPressKind Kind, string TicketId, string UserId, string UserName) : TurnEffect
{
    public Language Language { get; init; } = Language.En;

    /// <summary>The taker's answer for the employee (<see cref="TicketPressKind.Close"/> only), as typed.</summary>
    public string? Answer { get; init; }
}
