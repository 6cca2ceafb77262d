namespace PolicyBot.Bot.State;

/// <summary>Hand-off tickets, kept beside the conversation state (same SQLite file) so a restart loses none.</summary>
public interface ITicketStore
{
    /// <summary>Stores a new ticket; returns it with its first <see cref="Ticket.Version"/>.</summary>
    Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken);

    Task<Ticket?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Saves <paramref name="ticket"/> when the stored version still is its <see cref="Ticket.Version"/>; false on a conflict.</summary>
    Task<bool> TryUpdateAsync(Ticket ticket, CancellationToken cancellationToken);

    /// <summary>Open tickets not reminded yet that were created at or before <paramref name="createdBefore"/>.</summary>
    Task<IReadOnlyList<Ticket>> ListWaitingAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken);
}
