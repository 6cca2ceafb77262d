using Npgsql;
using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Retention;

/// <summary>
/// Retention and erasure on the shared PostgreSQL database. Each batch is one statement whose rows are chosen
/// <c>FOR UPDATE SKIP LOCKED</c>: instances sweeping at once take different rows, and a row a turn is writing is left
/// for the next run instead of waited for. Deleting what is already gone is a no-op, so a repeat does no harm.
/// </summary>
public sealed class PostgresRetentionStore : IRetentionStore, IAsyncDisposable
{
    private readonly PostgresSchema _schema;

    public PostgresRetentionStore(string connectionString, TimeSpan? commandTimeout = null, TimeSpan? connectTimeout = null)
    {
        _schema = PostgresSchema.Open(connectionString, commandTimeout, connectTimeout);
    }

    public async Task<SweepBatch> SweepBatchAsync(RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        await using var connection = await _schema.OpenAsync(cancellationToken);
        var states = await KeysAsync(connection, """
            DELETE FROM conversation_state WHERE key IN (
                SELECT key FROM conversation_state WHERE updated_at < @cutoff AND position('/conversations/' in key) > 0
                LIMIT @n FOR UPDATE SKIP LOCKED)
            RETURNING key
            """, cutoffs.State, null, batchSize, cancellationToken);
        var references = await KeysAsync(connection, """
            DELETE FROM conversation_state WHERE key IN (
                SELECT r.key FROM conversation_state r
                WHERE r.user_id IS NOT NULL AND r.updated_at < @cutoff
                  AND NOT EXISTS (SELECT 1 FROM conversation_state s
                                  WHERE s.key = replace(r.key, '/references/', '/conversations/') AND s.updated_at >= @cutoff)
                  AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.employee_ref = r.key AND t.status = 'open')
                LIMIT @n FOR UPDATE OF r SKIP LOCKED)
            RETURNING key
            """, cutoffs.References, null, batchSize, cancellationToken);
        var tickets = await KeysAsync(connection, """
            DELETE FROM tickets WHERE id IN (
                SELECT id FROM tickets
                WHERE (status <> 'open' AND closed_at < @cutoff) OR (status = 'open' AND created_at < @open)
                LIMIT @n FOR UPDATE SKIP LOCKED)
            RETURNING id
            """, cutoffs.ClosedTickets, cutoffs.OpenTickets, batchSize, cancellationToken);
        await using var clear = new NpgsqlCommand("""
            UPDATE usage_events SET question = NULL WHERE id IN (
                SELECT id FROM usage_events WHERE week < @week AND question IS NOT NULL LIMIT @n FOR UPDATE SKIP LOCKED)
            """, connection);
        clear.Parameters.AddWithValue("week", cutoffs.UsageWeek);
        clear.Parameters.AddWithValue("n", batchSize);
        var questions = await clear.ExecuteNonQueryAsync(cancellationToken);
        await using var answered = new NpgsqlCommand("""
            DELETE FROM answered_messages WHERE id IN (
                SELECT id FROM answered_messages WHERE answered_at < @cutoff LIMIT @n FOR UPDATE SKIP LOCKED)
            """, connection);
        answered.Parameters.AddWithValue("cutoff", cutoffs.State.ToUniversalTime());
        answered.Parameters.AddWithValue("n", batchSize);
        var answers = await answered.ExecuteNonQueryAsync(cancellationToken);
        return new SweepBatch(states, references, tickets, questions) { AnsweredMessages = answers };
    }

    public async Task<ErasureReport> ForgetUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var referenceKeys = new List<string>();
        await using (var select = new NpgsqlCommand("SELECT key FROM conversation_state WHERE user_id = @user FOR UPDATE", connection, transaction))
        {
            select.Parameters.AddWithValue("user", userId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) referenceKeys.Add(reader.GetString(0));
        }
        var asked = await TicketsAsync(connection, transaction, "SELECT data, version FROM tickets WHERE employee_id = @user FOR UPDATE", userId, cancellationToken);
        referenceKeys = [.. referenceKeys.Concat(asked.Where(ErasureKeys.IsPersonal).Select(t => TicketColumns.Of(t).EmployeeReference)).Distinct()];
        var stateKeys = new List<string>();
        await using (var delete = new NpgsqlCommand("DELETE FROM conversation_state WHERE key = ANY(@keys) RETURNING key", connection, transaction))
        {
            delete.Parameters.AddWithValue("keys", referenceKeys.Concat(referenceKeys.Select(ErasureKeys.StateOf)).ToArray());
            await using var reader = await delete.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                if (reader.GetString(0) is var key && !StorageKeys.IsReference(key)) stateKeys.Add(key);
        }
        await using (var delete = new NpgsqlCommand("DELETE FROM answered_messages WHERE conversation_key = ANY(@keys)", connection, transaction))
        {
            delete.Parameters.AddWithValue("keys", referenceKeys.Select(ErasureKeys.StateOf).ToArray());
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var delete = new NpgsqlCommand("DELETE FROM tickets WHERE employee_id = @user", connection, transaction))
        {
            delete.Parameters.AddWithValue("user", userId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        var picked = await TicketsAsync(connection, transaction, "SELECT data, version FROM tickets WHERE picker_id = @user FOR UPDATE", userId, cancellationToken);
        foreach (var ticket in picked)
        {
            await using var update = new NpgsqlCommand("UPDATE tickets SET data = @data, version = version + 1, picker_id = NULL WHERE id = @id", connection, transaction);
            update.Parameters.Add(new NpgsqlParameter<byte[]>("data", NpgsqlTypes.NpgsqlDbType.Bytea) { TypedValue = ErasureKeys.WithoutPicker(ticket).Serialize() });
            update.Parameters.AddWithValue("id", ticket.Id);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var unattributed = new NpgsqlCommand("SELECT count(*) FROM conversation_state WHERE user_id = ''", connection, transaction);
        var unattributedCount = Convert.ToInt32(await unattributed.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return new ErasureReport(stateKeys, referenceKeys, [.. asked.Select(t => t.Id)], [.. picked.Select(t => t.Id)]) { UnattributedReferences = unattributedCount };
    }

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    private static async Task<List<string>> KeysAsync(NpgsqlConnection connection, string sql, DateTimeOffset cutoff, DateTimeOffset? open, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("cutoff", cutoff.ToUniversalTime());
        if (open is { } openCutoff) command.Parameters.AddWithValue("open", openCutoff.ToUniversalTime());
        command.Parameters.AddWithValue("n", batchSize);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) keys.Add(reader.GetString(0));
        return keys;
    }

    private static async Task<List<Ticket>> TicketsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string userId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("user", userId);
        var tickets = new List<Ticket>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) tickets.Add(Ticket.Deserialize(reader.GetFieldValue<byte[]>(0), reader.GetInt64(1)));
        return tickets;
    }
}
