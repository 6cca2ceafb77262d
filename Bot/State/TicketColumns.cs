namespace PolicyBot.Bot.State;

/// <summary>
/// What the ticket stores keep as columns beside a ticket's JSON, so reminders, retention and erasure are indexed
/// lookups: who asked (<see cref="EmployeeId"/>, and the key of their conversation's reference), who picked it up,
/// and when it was done with.
/// </summary>
public sealed record TicketColumns(string Status, string EmployeeId, string EmployeeReference, string? PickerId, DateTimeOffset? ClosedAt)
{
    public static TicketColumns Of(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new TicketColumns(
            StatusOf(ticket.Status),
            ticket.Employee.User?.Id ?? "",
            StorageKeys.Reference(ticket.Employee.ChannelId ?? "", ticket.Employee.Conversation?.Id ?? ""),
            ticket.PickedUpById,
            ticket.Status switch
            {
                TicketStatus.PickedUp => ticket.Details.PickedUpAt ?? ticket.Details.CreatedAt,
                TicketStatus.Closed => ticket.ClosedAt ?? ticket.Details.CreatedAt,
                _ => null,
            });
    }

    public static string StatusOf(TicketStatus status) => status switch
    {
        TicketStatus.Open => "open",
        TicketStatus.PickedUp => "picked-up",
        _ => "closed",
    };
}
