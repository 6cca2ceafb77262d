using Microsoft.Data.Sqlite;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Retention;

/// <summary>
/// Retention and erasure on the bot's SQLite file. Every statement runs under the file's <see cref="SqliteWriteGate"/>
/// (shared with the stores, so a turn's write waits for one batch at most) and uses the indexes on
/// <c>conversation_state (updated_at)</c>, <c>(user_id)</c>, <c>tickets (status, closed_at)</c>, <c>(employee_id)</c>, <c>(picker_id)</c>
/// and <c>answered_messages (conversation_key)</c>, <c>(answered_at)</c>.
/// </summary>
public sealed class SqliteRetentionStore(string path, TimeSpan? commandTimeout = null) : IRetentionStore
{
    private readonly string _connectionString = SqliteWriteGate.ConnectionString(path, commandTimeout);
    private readonly SemaphoreSlim _writeGate = SqliteWriteGate.For(path);
    private volatile bool _initialized;

    public async Task<SweepBatch> SweepBatchAsync(RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cutoffs);
        var states = await DeleteAsync("""
            DELETE FROM conversation_state WHERE key IN (
                SELECT key FROM conversation_state WHERE updated_at < $cutoff AND instr(key, '/conversations/') > 0 LIMIT $n)
            RETURNING key
            """, SqliteMigrations.StateTime(cutoffs.State), null, batchSize, cancellationToken);
        var references = await DeleteAsync("""
            DELETE FROM conversation_state WHERE key IN (
                SELECT r.key FROM conversation_state r
                WHERE r.user_id IS NOT NULL AND r.updated_at < $cutoff
                  AND NOT EXISTS (SELECT 1 FROM conversation_state s
                                  WHERE s.key = replace(r.key, '/references/', '/conversations/') AND s.updated_at >= $cutoff)
                  AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.employee_ref = r.key AND t.status = 'open')
                LIMIT $n)
            RETURNING key
            """, SqliteMigrations.StateTime(cutoffs.References), null, batchSize, cancellationToken);
        var tickets = await DeleteAsync("""
            DELETE FROM tickets WHERE id IN (
                SELECT id FROM tickets WHERE status <> 'open' AND closed_at < $cutoff
                UNION ALL
                SELECT id FROM tickets WHERE status = 'open' AND created_at < $open
                LIMIT $n)
            RETURNING id
            """, SqliteMigrations.TicketTime(cutoffs.ClosedTickets), SqliteMigrations.TicketTime(cutoffs.OpenTickets), batchSize, cancellationToken);
        var questions = await WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE usage_events SET question = NULL WHERE id IN (
                    SELECT id FROM usage_events WHERE week < $week AND question IS NOT NULL LIMIT $n)
                """;
            command.Parameters.AddWithValue("$week", cutoffs.UsageWeek);
            command.Parameters.AddWithValue("$n", batchSize);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        var answered = await WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                DELETE FROM answered_messages WHERE id IN (SELECT id FROM answered_messages WHERE answered_at < $cutoff LIMIT $n)
                """;
            command.Parameters.AddWithValue("$cutoff", SqliteMigrations.StateTime(cutoffs.State));
            command.Parameters.AddWithValue("$n", batchSize);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        return new SweepBatch(states, references, tickets, questions) { AnsweredMessages = answered };
    }

    public async Task<ErasureReport> ForgetUserAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return await WriteAsync(async connection =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var referenceKeys = await ForUserAsync(connection, "SELECT key FROM conversation_state WHERE user_id = $user", userId, Key, cancellationToken);
            var asked = await ForUserAsync(connection, "SELECT data, version FROM tickets WHERE employee_id = $user", userId, StoredTicket, cancellationToken);
            referenceKeys = [.. referenceKeys.Concat(asked.Where(ErasureKeys.IsPersonal).Select(t => TicketColumns.Of(t).EmployeeReference)).Distinct()];
            var stateKeys = new List<string>();
            foreach (var key in referenceKeys.Concat(referenceKeys.Select(ErasureKeys.StateOf)))
            {
                await using var delete = connection.CreateCommand();
                delete.CommandText = "DELETE FROM conversation_state WHERE key = $key";
                delete.Parameters.AddWithValue("$key", key);
                if (await delete.ExecuteNonQueryAsync(cancellationToken) == 1 && !StorageKeys.IsReference(key)) stateKeys.Add(key);
            }
            foreach (var key in referenceKeys.Select(ErasureKeys.StateOf))
            {
                await using var delete = connection.CreateCommand();
                delete.CommandText = "DELETE FROM answered_messages WHERE conversation_key = $key";
                delete.Parameters.AddWithValue("$key", key);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var delete = connection.CreateCommand())
            {
                delete.CommandText = "DELETE FROM tickets WHERE employee_id = $user";
                delete.Parameters.AddWithValue("$user", userId);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            var picked = await ForUserAsync(connection, "SELECT data, version FROM tickets WHERE picker_id = $user", userId, StoredTicket, cancellationToken);
            foreach (var ticket in picked)
            {
                await using var update = connection.CreateCommand();
                update.CommandText = "UPDATE tickets SET data = $data, version = version + 1, picker_id = NULL WHERE id = $id";
                update.Parameters.AddWithValue("$data", ErasureKeys.WithoutPicker(ticket).Serialize());
                update.Parameters.AddWithValue("$id", ticket.Id);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
            await using var unattributed = connection.CreateCommand();
            unattributed.CommandText = "SELECT count(*) FROM conversation_state WHERE user_id = ''";
            var unattributedCount = Convert.ToInt32(await unattributed.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            await transaction.CommitAsync(cancellationToken);
            return new ErasureReport(stateKeys, referenceKeys, [.. asked.Select(t => t.Id)], [.. picked.Select(t => t.Id)]) { UnattributedReferences = unattributedCount };
        }, cancellationToken);
    }

    private async Task<List<string>> DeleteAsync(string sql, string cutoff, string? open, int batchSize, CancellationToken cancellationToken) =>
        await WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$cutoff", cutoff);
            if (open is not null) command.Parameters.AddWithValue("$open", open);
            command.Parameters.AddWithValue("$n", batchSize);
            var deleted = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) deleted.Add(reader.GetString(0));
            return deleted;
        }, cancellationToken);

    /// <summary>The rows <paramref name="sql"/> finds for one employee (<c>$user</c>), each read by <paramref name="read"/>.</summary>
    private static async Task<List<T>> ForUserAsync<T>(SqliteConnection connection, string sql, string userId, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$user", userId);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
        return rows;
    }

    private static string Key(SqliteDataReader reader) => reader.GetString(0);

    private static Ticket StoredTicket(SqliteDataReader reader) => Ticket.Deserialize((byte[])reader.GetValue(0), reader.GetInt64(1));

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        if (!_initialized) await InitializeAsync(cancellationToken);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await write(connection);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>The tables (and their retention columns) exist before the first sweep, whichever store made the file.</summary>
    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        using (var state = new SqliteConversationStore(path, commandTimeout)) await state.EnsureCreatedAsync(cancellationToken);
        await new SqliteTicketStore(path, commandTimeout).EnsureCreatedAsync(cancellationToken);
        await using (var usage = new SqliteUsageStore(path, commandTimeout)) await usage.EnsureCreatedAsync(cancellationToken);
        await using (var answered = new SqliteAnsweredStore(path, commandTimeout)) await answered.EnsureCreatedAsync(cancellationToken);
        _initialized = true;
    }
}
