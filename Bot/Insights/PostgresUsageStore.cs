using Npgsql;
using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Insights;

/// <summary>Usage events in the shared PostgreSQL database (<c>Storage:Provider = postgres</c>), the same columns as SQLite's.</summary>
public sealed class PostgresUsageStore : IUsageStore, IAsyncDisposable
{
    private readonly PostgresSchema _schema;

    public PostgresUsageStore(string connectionString, TimeSpan? commandTimeout = null, TimeSpan? connectTimeout = null)
    {
        _schema = PostgresSchema.Open(connectionString, commandTimeout, connectTimeout);
    }

    public async Task AddAsync(IReadOnlyList<UsageRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0) return;
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var record in records)
        {
            var command = new NpgsqlBatchCommand("""
                INSERT INTO usage_events (week, kind, topic, handoff_owner, language, question)
                VALUES ($1, $2, $3, $4, $5, $6)
                """);
            command.Parameters.Add(new NpgsqlParameter { Value = record.Week });
            command.Parameters.Add(new NpgsqlParameter { Value = record.Kind });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)record.TopicId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)record.HandoffOwner ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = record.Language });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)record.Question ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            batch.BatchCommands.Add(command);
        }
        // One round trip; a multi-statement batch runs in one implicit transaction.
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UsageRecord>> ListAsync(string fromWeek, CancellationToken cancellationToken)
    {
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            SELECT {UsageRecord.Columns} FROM usage_events WHERE week >= @from ORDER BY week, id
            """, connection);
        command.Parameters.AddWithValue("from", fromWeek);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await UsageRecord.ReadAllAsync(reader, cancellationToken);
    }

    public ValueTask DisposeAsync() => _schema.DisposeAsync();
}
