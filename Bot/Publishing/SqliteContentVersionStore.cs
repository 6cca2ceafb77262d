using System.Globalization;
using Microsoft.Data.Sqlite;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Content;

namespace PolicyBot.Bot.Publishing;

/// <summary>
/// Content versions in the SQLite file of the conversation state: <c>content_versions</c> (number, author, time,
/// message, kind) and <c>content_files</c> (version, path, text). A version is written in one <c>BEGIN IMMEDIATE</c>
/// transaction, so the bot and a <c>content publish</c> in another process never give out the same number.
/// </summary>
public sealed class SqliteContentVersionStore(string path, TimeSpan? commandTimeout = null) : IContentVersionStore
{
    private const string InfoColumns = "number, author, published_at, message, kind";

    private readonly SqliteFile _file = new(path, commandTimeout);
    private readonly SemaphoreSlim _writeGate = SqliteWriteGate.For(path);

    public async Task<ContentVersionInfo?> NewestAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await ReadInfosAsync(connection, $"SELECT {InfoColumns} FROM content_versions ORDER BY number DESC LIMIT 1", null, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<ContentVersionInfo>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ReadInfosAsync(connection, $"SELECT {InfoColumns} FROM content_versions ORDER BY number", null, cancellationToken);
    }

    public async Task<ContentVersion?> GetAsync(int number, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var info = (await ReadInfosAsync(connection, $"SELECT {InfoColumns} FROM content_versions WHERE number = $number", number, cancellationToken)).SingleOrDefault();
        if (info is null) return null;
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT path, text FROM content_files WHERE version = $number ORDER BY path";
        command.Parameters.AddWithValue("$number", number);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var files = new List<ContentFile>();
        while (await reader.ReadAsync(cancellationToken)) files.Add(new ContentFile(reader.GetString(0), reader.GetString(1)));
        return new ContentVersion(info, files);
    }

    public async Task<ContentVersionInfo?> AddAsync(NewContentVersion version, bool onlyIfEmpty, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        await using var connection = await OpenAsync(cancellationToken);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            // IMMEDIATE: the write lock is taken before the number is read, also against other processes.
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var newest = connection.CreateCommand();
            newest.Transaction = transaction;
            newest.CommandText = "SELECT coalesce(max(number), 0) FROM content_versions";
            var last = Convert.ToInt32(await newest.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (onlyIfEmpty && last > 0) return null;
            var info = version.Numbered(last + 1);
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO content_versions (number, author, published_at, message, kind) VALUES ($number, $author, $at, $message, $kind)";
                insert.Parameters.AddWithValue("$number", info.Number);
                insert.Parameters.AddWithValue("$author", info.Author);
                insert.Parameters.AddWithValue("$at", SqliteMigrations.TicketTime(info.PublishedAt));
                insert.Parameters.AddWithValue("$message", info.Message);
                insert.Parameters.AddWithValue("$kind", info.Kind);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var file = connection.CreateCommand())
            {
                file.Transaction = transaction;
                file.CommandText = "INSERT INTO content_files (version, path, text) VALUES ($number, $path, $text)";
                file.Parameters.AddWithValue("$number", info.Number);
                var pathParameter = file.Parameters.Add("$path", SqliteType.Text);
                var textParameter = file.Parameters.Add("$text", SqliteType.Text);
                foreach (var content in version.Files)
                {
                    pathParameter.Value = content.Path;
                    textParameter.Value = content.Text;
                    await file.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            await transaction.CommitAsync(cancellationToken);
            return info;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static async Task<List<ContentVersionInfo>> ReadInfosAsync(SqliteConnection connection, string sql, int? number, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (number is { } n) command.Parameters.AddWithValue("$number", n);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var infos = new List<ContentVersionInfo>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var at = DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            infos.Add(new ContentVersionInfo(reader.GetInt32(0), reader.GetString(1), at, reader.GetString(3), reader.GetString(4)));
        }
        return infos;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(CreateTablesAsync, cancellationToken);

    private async Task CreateTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await SqliteMigrations.ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS content_versions (
                number INTEGER NOT NULL PRIMARY KEY,
                author TEXT NOT NULL,
                published_at TEXT NOT NULL,
                message TEXT NOT NULL,
                kind TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS content_files (
                version INTEGER NOT NULL REFERENCES content_versions (number),
                path TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (version, path)
            );
            """, cancellationToken);
    }
}
