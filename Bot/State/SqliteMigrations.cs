using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PolicyBot.Bot.State;

/// <summary>
/// Brings a SQLite file made by an older PolicyBot up to date: columns added with <c>ALTER TABLE</c> when missing,
/// then a one-time fill from the stored JSON. Two processes migrating at once both try; the loser's "duplicate column"
/// is harmless.
/// </summary>
internal static class SqliteMigrations
{
    /// <summary>Adds the missing <paramref name="columns"/> (name, type); true when any was added.</summary>
    public static async Task<bool> AddColumnsAsync(SqliteConnection connection, string table, IEnumerable<(string Name, string Type)> columns, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) existing.Add(reader.GetString(0));
        }
        var added = false;
        foreach (var (name, type) in columns.Where(c => !existing.Contains(c.Name)))
        {
            try
            {
                await using var alter = connection.CreateCommand();
                alter.CommandText = $"ALTER TABLE {table} ADD COLUMN {name} {type}";
                await alter.ExecuteNonQueryAsync(cancellationToken);
                added = true;
            }
            catch (SqliteException ex) when (ex.Message.Contains("duplicate column", StringComparison.OrdinalIgnoreCase))
            {
                // another process added it a moment ago
            }
        }
        return added;
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The tickets table's time format: fixed-width UTC text sorts like the time it stands for.</summary>
    public static string TicketTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The conversation_state table's <c>updated_at</c> format (round-trip "O" in UTC, also fixed width).</summary>
    public static string StateTime(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
