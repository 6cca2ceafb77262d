using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.State;

/// <summary>
/// Tickets in a <c>tickets</c> table of the same SQLite file as the conversation state. The ticket is stored as JSON;
/// status, reminded flag and creation time are columns too, so the reminder scan is one indexed query.
/// </summary>
public sealed class SqliteTicketStore(string path, TimeSpan? commandTimeout = null) : ITicketStore
{
    private readonly SqliteFile _file = new(path, commandTimeout);

    private readonly SemaphoreSlim _writeGate = SqliteWriteGate.For(path);

    public async Task<Ticket> CreateAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO tickets (id, data, version, status, reminded, created_at, employee_id, employee_ref, picker_id, closed_at)
            VALUES ($id, $data, 1, $status, $reminded, $created, $employee, $employeeRef, $picker, $closed)
            """;
        AddColumns(command, ticket);
        await ExecuteWriteAsync(command, cancellationToken);
        return ticket with { Version = 1 };
    }

    public async Task<Ticket?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data, version FROM tickets WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Ticket.Deserialize((byte[])reader.GetValue(0), reader.GetInt64(1)) : null;
    }

    public async Task<bool> TryUpdateAsync(Ticket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE tickets SET data = $data, version = version + 1, status = $status, reminded = $reminded,
                employee_id = $employee, employee_ref = $employeeRef, picker_id = $picker, closed_at = $closed
            WHERE id = $id AND version = $version
            """;
        AddColumns(command, ticket);
        command.Parameters.AddWithValue("$version", ticket.Version);
        return await ExecuteWriteAsync(command, cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<Ticket>> ListWaitingAsync(DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT data, version FROM tickets
            WHERE status = 'open' AND reminded = 0 AND created_at <= $before
            ORDER BY created_at
            """;
        command.Parameters.AddWithValue("$before", Timestamp(createdBefore));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tickets = new List<Ticket>();
        while (await reader.ReadAsync(cancellationToken)) tickets.Add(Ticket.Deserialize((byte[])reader.GetValue(0), reader.GetInt64(1)));
        return tickets;
    }

    /// <summary>Creates (or migrates) the table now; for the retention sweeper, which works on the same file.</summary>
    internal ValueTask EnsureCreatedAsync(CancellationToken cancellationToken) => _file.EnsureCreatedAsync(CreateTablesAsync, cancellationToken);

    /// <summary>Writes wait for the file's <see cref="SqliteWriteGate"/>, shared with the conversation store.</summary>
    private async Task<int> ExecuteWriteAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static void AddColumns(SqliteCommand command, Ticket ticket)
    {
        command.Parameters.AddWithValue("$id", ticket.Id);
        command.Parameters.AddWithValue("$data", ticket.Serialize());
        var columns = TicketColumns.Of(ticket);
        command.Parameters.AddWithValue("$status", columns.Status);
        command.Parameters.AddWithValue("$reminded", ticket.Reminded ? 1 : 0);
        command.Parameters.AddWithValue("$created", Timestamp(ticket.Details.CreatedAt));
        command.Parameters.AddWithValue("$employee", columns.EmployeeId);
        command.Parameters.AddWithValue("$employeeRef", columns.EmployeeReference);
        command.Parameters.AddWithValue("$picker", (object?)columns.PickerId ?? DBNull.Value);
        command.Parameters.AddWithValue("$closed", columns.ClosedAt is { } closed ? Timestamp(closed) : DBNull.Value);
    }

    private static string Timestamp(DateTimeOffset time) => SqliteMigrations.TicketTime(time);

    /// <summary>
    /// The columns retention and erasure look up (issue 16), added to files made before them and filled once from each
    /// ticket's JSON (ids with '/' or '%' in an older file's employee reference key are not escaped; they only delay
    /// that reference's expiry).
    /// </summary>
    internal static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var added = await SqliteMigrations.AddColumnsAsync(connection, "tickets",
            [("employee_id", "TEXT NULL"), ("employee_ref", "TEXT NULL"), ("picker_id", "TEXT NULL"), ("closed_at", "TEXT NULL")], cancellationToken);
        if (added)
        {
            await SqliteMigrations.ExecuteAsync(connection, """
                UPDATE tickets SET
                    employee_id = coalesce(json_extract(CAST(data AS TEXT), '$.employee.user.id'), ''),
                    employee_ref = json_extract(CAST(data AS TEXT), '$.employee.channelId') || '/references/' || json_extract(CAST(data AS TEXT), '$.employee.conversation.id'),
                    picker_id = json_extract(CAST(data AS TEXT), '$.pickedUpById'),
                    closed_at = CASE WHEN status <> 'open' THEN created_at END
                WHERE employee_id IS NULL
                """, cancellationToken);
        }
        await SqliteMigrations.ExecuteAsync(connection, """
            CREATE INDEX IF NOT EXISTS tickets_employee ON tickets (employee_id);
            CREATE INDEX IF NOT EXISTS tickets_employee_ref ON tickets (employee_ref);
            CREATE INDEX IF NOT EXISTS tickets_picker ON tickets (picker_id);
            CREATE INDEX IF NOT EXISTS tickets_closed ON tickets (status, closed_at);
            """, cancellationToken);
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(CreateTablesAsync, cancellationToken);

    private async Task CreateTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS tickets (
                id TEXT NOT NULL PRIMARY KEY,
                data BLOB NOT NULL,
                version INTEGER NOT NULL,
                status TEXT NOT NULL,
                reminded INTEGER NOT NULL,
                created_at TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS tickets_waiting ON tickets (status, reminded, created_at);
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await MigrateAsync(connection, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }
}
