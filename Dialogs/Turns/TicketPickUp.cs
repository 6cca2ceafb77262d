namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// Someone pressed "I'll take it" on a ticket card. The host claims the ticket, updates the card in place and tells
/// the employee; when someone else has it already, it tells the presser who (card unchanged).
/// </summary>
public sealed record TicketPickUp(string TicketId, string UserId, string UserName) : TurnEffect
{
    public Language Language { get; init; } = Language.En;
}
