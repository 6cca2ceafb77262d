using Microsoft.Data.Sqlite;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Insights;

/// <summary>
/// Answered messages in an <c>answered_messages</c> table of the bot's SQLite file. A turn's answers go in with one
/// small transaction on a kept connection under the file's write gate, which also drops that conversation's rows
/// beyond the last <see cref="TeamsFeedback.MaxRemembered"/>; nothing is read.
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

    private readonly SqliteFile _file = new(path, commandTimeout);
    private readonly SemaphoreSlim _writeGate = SqliteWriteGate.For(path);
    private SqliteConnection? _writer;
    private SqliteCommand? _insert;
    private SqliteCommand? _trim;

    public async Task AddAsync(string conversationKey, IReadOnlyList<AnsweredMessage> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count == 0) return;
        await _file.EnsureCreatedAsync(CreateTablesAsync, cancellationToken);
        var now = SqliteMigrations.StateTime(DateTimeOffset.UtcNow);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _writer!.BeginTransaction();
            _insert!.Transaction = transaction;
            foreach (var answer in answers)
            {
                _insert.Parameters["$key"].Value = conversationKey;
                _insert.Parameters["$id"].Value = answer.ActivityId;
                _insert.Parameters["$topic"].Value = answer.TopicId;
                _insert.Parameters["$language"].Value = answer.Language.Code();
                _insert.Parameters["$at"].Value = now;
                _insert.ExecuteNonQuery();
            }
            _trim!.Transaction = transaction;
            _trim.Parameters["@key"].Value = conversationKey;
            _trim.ExecuteNonQuery();
            transaction.Commit();
        }
        finally
        {
            _writeGate.Release();
        }
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
        _insert?.Dispose();
        _trim?.Dispose();
        return _writer?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    private async Task CreateTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await SqliteMigrations.ExecuteAsync(connection, Table, cancellationToken);
        _writer = SqliteWriteGate.OpenWriter(_file.ConnectionString);
        _insert = Prepare(_writer, """
            INSERT INTO answered_messages (conversation_key, activity_id, topic, language, answered_at)
            VALUES ($key, $id, $topic, $language, $at)
            """, "$key", "$id", "$topic", "$language", "$at");
        _trim = Prepare(_writer, AnsweredRows.Trim, "@key");
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }
}
