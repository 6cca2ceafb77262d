using Npgsql;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Content;

namespace PolicyBot.Bot.Publishing;

/// <summary>
/// Content versions in the shared PostgreSQL database, the same tables as SQLite's. A version is written in one
/// transaction under an advisory lock, so two publishers at once get consecutive numbers instead of a collision.
/// </summary>
public sealed class PostgresContentVersionStore : IContentVersionStore, IAsyncDisposable
{
    private const long PublishLock = 7274164;
    private const string InfoColumns = "number, author, published_at, message, kind";

    private readonly PostgresSchema _schema;

    public PostgresContentVersionStore(string connectionString, TimeSpan? commandTimeout = null, TimeSpan? connectTimeout = null)
    {
        _schema = PostgresSchema.Open(connectionString, commandTimeout, connectTimeout);
    }

    public async Task<ContentVersionInfo?> NewestAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _schema.OpenAsync(cancellationToken);
        return (await ReadInfosAsync(connection, $"SELECT {InfoColumns} FROM content_versions ORDER BY number DESC LIMIT 1", null, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<ContentVersionInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _schema.OpenAsync(cancellationToken);
        return await ReadInfosAsync(connection, $"SELECT {InfoColumns} FROM content_versions ORDER BY number", null, cancellationToken);
    }

    public async Task<ContentVersion?> GetAsync(int number, CancellationToken cancellationToken)
    {
        await using var connection = await _schema.OpenAsync(cancellationToken);
        var info = (await ReadInfosAsync(connection, $"SELECT {InfoColumns} FROM content_versions WHERE number = @number", number, cancellationToken)).SingleOrDefault();
        if (info is null) return null;
        await using var command = new NpgsqlCommand("SELECT path, text FROM content_files WHERE version = @number ORDER BY path", connection);
        command.Parameters.AddWithValue("number", number);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var files = new List<ContentFile>();
        while (await reader.ReadAsync(cancellationToken)) files.Add(new ContentFile(reader.GetString(0), reader.GetString(1)));
        return new ContentVersion(info, files);
    }

    public async Task<ContentVersionInfo?> AddAsync(NewContentVersion version, bool onlyIfEmpty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        await using var connection = await _schema.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PublishLock})", connection, transaction))
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        await using var newest = new NpgsqlCommand("SELECT coalesce(max(number), 0) FROM content_versions", connection, transaction);
        var last = (int)(await newest.ExecuteScalarAsync(cancellationToken))!;
        if (onlyIfEmpty && last > 0) return null;
        var info = version.Numbered(last + 1);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var insert = new NpgsqlBatchCommand("INSERT INTO content_versions (number, author, published_at, message, kind) VALUES ($1, $2, $3, $4, $5)");
        foreach (var value in new object[] { info.Number, info.Author, info.PublishedAt.ToUniversalTime(), info.Message, info.Kind })
            insert.Parameters.Add(new NpgsqlParameter { Value = value });
        batch.BatchCommands.Add(insert);
        foreach (var file in version.Files)
        {
            var command = new NpgsqlBatchCommand("INSERT INTO content_files (version, path, text) VALUES ($1, $2, $3)");
            command.Parameters.Add(new NpgsqlParameter { Value = info.Number });
            command.Parameters.Add(new NpgsqlParameter { Value = file.Path });
            command.Parameters.Add(new NpgsqlParameter { Value = file.Text });
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return info;
    }

    public ValueTask DisposeAsync() => _schema.DisposeAsync();

    private static async Task<List<ContentVersionInfo>> ReadInfosAsync(NpgsqlConnection connection, string sql, int? number, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (number is { } n) command.Parameters.AddWithValue("number", n);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var infos = new List<ContentVersionInfo>();
        while (await reader.ReadAsync(cancellationToken))
        {
            infos.Add(new ContentVersionInfo(reader.GetInt32(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetString(3), reader.GetString(4)));
        }
        return infos;
    }
}
