using Microsoft.Data.Sqlite;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Insights;

/// <summary>
/// Answered messages in an <c>answered_messages</c> table of the bot's SQLite file. A turn's answers go in through the
/// file's group commit (<see cref="SqliteWriteBatcher"/>, shared with the conversation state), which also drops that
/// conversation's rows beyond the last <see cref="TeamsFeedback.MaxRemembered"/>; nothing is read.
/// </summary>
public sealed class SqliteAnsweredStore(string path, TimeSpan? commandTimeout = null) : IAnsweredStore, IAsyncDisposable
{
    internal const string Table = """
        CREATE TABLE IF NOT EXISTS answered_messages (
            id INTEGER PRIMARY KEY,
            conversation_key TEXT NOT NULL,
            activity_id TEXT NOT NULL,
            topic TEXT NOT NULL,
            language TEXT NOT NULL,
            answered_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS answered_messages_conversation ON answered_messages (conversation_key);
        CREATE INDEX IF NOT EXISTS answered_messages_time ON answered_messages (answered_at);
        """;

    private const string Insert = """
        INSERT INTO answered_messages (conversation_key, activity_id, topic, language, answered_at)
        VALUES ($key, $id, $topic, $language, $at)
        """;

    private readonly SqliteFile _file = new(path, commandTimeout);
    private readonly SemaphoreSlim _writeGate = SqliteWriteGate.For(path);
    private SqliteWriteBatcher? _writer;
    private int _released;

    public async Task AddAsync(string conversationKey, IReadOnlyList<AnsweredMessage> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count == 0) return;
        await _file.EnsureCreatedAsync(CreateTablesAsync, cancellationToken);
        var now = SqliteMigrations.StateTime(DateTimeOffset.UtcNow);
        await _writer!.WriteAsync(statements =>
        {
            var insert = statements.Get(Insert, "$key", "$id", "$topic", "$language", "$at");
            foreach (var answer in answers)
            {
                insert.Parameters["$key"].Value = conversationKey;
                insert.Parameters["$id"].Value = answer.ActivityId;
                insert.Parameters["$topic"].Value = answer.TopicId;
                insert.Parameters["$language"].Value = answer.Language.Code();
                insert.Parameters["$at"].Value = now;
                insert.ExecuteNonQuery();
            }
            var trim = statements.Get(AnsweredRows.Trim, "@key");
            trim.Parameters["@key"].Value = conversationKey;
            return trim.ExecuteNonQuery();
        });
    }

    public async Task<AnsweredMessage?> FindAsync(string conversationKey, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await _file.OpenAsync(CreateTablesAsync, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = AnsweredRows.Find;
        command.Parameters.AddWithValue("@key", conversationKey);
        command.Parameters.AddWithValue("@id", activityId);
        return await AnsweredRows.ReadAsync(command, activityId, cancellationToken);
    }

    public async Task ForgetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await _file.OpenAsync(CreateTablesAsync, cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM answered_messages WHERE conversation_key = $key";
            command.Parameters.AddWithValue("$key", conversationKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Creates the table now; for the retention sweeper, which works on the same file.</summary>
    internal ValueTask EnsureCreatedAsync(CancellationToken cancellationToken) => _file.EnsureCreatedAsync(CreateTablesAsync, cancellationToken);

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) _writer?.Release();
        return ValueTask.CompletedTask;
    }

    private async Task CreateTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await SqliteMigrations.ExecuteAsync(connection, Table, cancellationToken);
        _writer = SqliteWriteBatcher.Acquire(path, _file.ConnectionString);
    }
}
