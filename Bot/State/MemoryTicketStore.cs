namespace PolicyBot.Bot.State;

/// <summary>Tickets in memory (<c>Storage:Provider = memory</c>); stored as JSON so they behave like the SQLite ones.</summary>
public sealed class MemoryTicketStore : ITicketStore
{
    private readonly Dictionary<string, (byte[] Data, long Version)> _tickets = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (_gate)
        {
            if (!_tickets.TryAdd(ticket.Id, (ticket.Serialize(), 1))) throw new InvalidOperationException($"Ticket {ticket.Id} exists already.");
            return Task.FromResult(ticket with { Version = 1 });
        }
    }

    public Task<Ticket?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_tickets.TryGetValue(id, out var stored) ? Ticket.Deserialize(stored.Data, stored.Version) : null);
        }
    }

    public Task<bool> TryUpdateAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        lock (_gate)
        {
            if (!_tickets.TryGetValue(ticket.Id, out var stored) || stored.Version != ticket.Version) return Task.FromResult(false);
            _tickets[ticket.Id] = (ticket.Serialize(), stored.Version + 1);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<Ticket>> ListWaitingAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Ticket> waiting = _tickets.Values
                .Select(t => Ticket.Deserialize(t.Data, t.Version))
                .Where(t => t.Status == TicketStatus.Open && !t.Reminded && t.Details.CreatedAt <= createdBefore)
                .OrderBy(t => t.Details.CreatedAt)
                .ToList();
            return Task.FromResult(waiting);
        }
    }
}
