using Npgsql;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Insights;

/// <summary>
/// Answered messages in the shared PostgreSQL database (table <c>answered_messages</c>, made by <see cref="PostgresSchema"/>):
/// a turn's answers and the trim to the last <see cref="TeamsFeedback.MaxRemembered"/> go in one round trip.
/// </summary>
public sealed class PostgresAnsweredStore : IAnsweredStore, IAsyncDisposable
{
    private readonly PostgresSchema _schema;

    public PostgresAnsweredStore(string connectionString, TimeSpan? commandTimeout = null, TimeSpan? connectTimeout = null)
    {
        _schema = PostgresSchema.Open(connectionString, commandTimeout, connectTimeout);
    }

    public async Task AddAsync(string conversationKey, IReadOnlyList<AnsweredMessage> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count == 0) return;
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var answer in answers)
        {
            var insert = new NpgsqlBatchCommand("""
                INSERT INTO answered_messages (conversation_key, activity_id, topic, language, answered_at) VALUES ($1, $2, $3, $4, now())
                """);
            insert.Parameters.Add(new NpgsqlParameter { Value = conversationKey });
            insert.Parameters.Add(new NpgsqlParameter { Value = answer.ActivityId });
            insert.Parameters.Add(new NpgsqlParameter { Value = answer.TopicId });
            insert.Parameters.Add(new NpgsqlParameter { Value = answer.Language.Code() });
            batch.BatchCommands.Add(insert);
        }
        var trim = new NpgsqlBatchCommand(AnsweredRows.Trim);
        trim.Parameters.AddWithValue("key", conversationKey);
        batch.BatchCommands.Add(trim);
        // One round trip; a multi-statement batch runs in one implicit transaction.
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AnsweredMessage?> FindAsync(string conversationKey, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(AnsweredRows.Find, connection);
        command.Parameters.AddWithValue("key", conversationKey);
        command.Parameters.AddWithValue("id", activityId);
        return await AnsweredRows.ReadAsync(command, activityId, cancellationToken);
    }

    public async Task ForgetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM answered_messages WHERE conversation_key = @key", connection);
        command.Parameters.AddWithValue("key", conversationKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _schema.DisposeAsync();
}
