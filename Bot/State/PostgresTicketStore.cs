using Npgsql;
using NpgsqlTypes;

namespace PolicyBot.Bot.State;

/// <summary>Tickets in the <c>tickets</c> table beside the shared conversation state, with the same columns as SQLite's.</summary>
public sealed class PostgresTicketStore : ITicketStore, IAsyncDisposable
{
    private readonly PostgresSchema _schema;

    public PostgresTicketStore(string connectionString, TimeSpan? commandTimeout = null, TimeSpan? connectTimeout = null)
    {
        _schema = PostgresSchema.Open(connectionString, commandTimeout, connectTimeout);
    }

    public async Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO tickets (id, data, version, status, reminded, created_at, employee_id, employee_ref, picker_id, closed_at)
            VALUES (@id, @data, 1, @status, @reminded, @created, @employee, @employeeRef, @picker, @closed)
            """, connection);
        AddColumns(command, ticket);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ticket with { Version = 1 };
    }

    public async Task<Ticket?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT data, version FROM tickets WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Ticket.Deserialize(reader.GetFieldValue<byte[]>(0), reader.GetInt64(1)) : null;
    }

    public async Task<bool> TryUpdateAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            UPDATE tickets SET data = @data, version = version + 1, status = @status, reminded = @reminded,
                employee_id = @employee, employee_ref = @employeeRef, picker_id = @picker, closed_at = @closed
            WHERE id = @id AND version = @version
            """, connection);
        AddColumns(command, ticket);
        command.Parameters.AddWithValue("version", ticket.Version);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<Ticket>> ListWaitingAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT data, version FROM tickets
            WHERE status = 'open' AND NOT reminded AND created_at <= @before
            ORDER BY created_at
            """, connection);
        command.Parameters.AddWithValue("before", createdBefore.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = new List<Ticket>();
        while (await reader.ReadAsync(cancellationToken)) tickets.Add(Ticket.Deserialize(reader.GetFieldValue<byte[]>(0), reader.GetInt64(1)));
        return tickets;
    }

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    private static void AddColumns(NpgsqlCommand command, Ticket ticket)
    {
        command.Parameters.AddWithValue("id", ticket.Id);
        command.Parameters.Add(new NpgsqlParameter<byte[]>("data", NpgsqlDbType.Bytea) { TypedValue = ticket.Serialize() });
        var columns = TicketColumns.Of(ticket);
        command.Parameters.AddWithValue("status", columns.Status);
        command.Parameters.AddWithValue("reminded", ticket.Reminded);
        command.Parameters.AddWithValue("created", ticket.Details.CreatedAt.ToUniversalTime());
        command.Parameters.AddWithValue("employee", columns.EmployeeId);
        command.Parameters.AddWithValue("employeeRef", columns.EmployeeReference);
        command.Parameters.Add(new NpgsqlParameter("picker", NpgsqlDbType.Text) { Value = (object?)columns.PickerId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("closed", NpgsqlDbType.TimestampTz) { Value = columns.ClosedAt is { } closed ? closed.ToUniversalTime() : DBNull.Value });
    }
}
