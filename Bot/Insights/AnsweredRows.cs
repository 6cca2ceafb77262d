using System.Data.Common;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Insights;

/// <summary>What the SQLite and PostgreSQL answered stores share: the lookup and the trim to the last few per conversation.</summary>
internal static class AnsweredRows
{
    /// <summary>The newest row of conversation <c>@key</c> with activity id <c>@id</c>.</summary>
    public const string Find = "SELECT topic, language FROM answered_messages WHERE conversation_key = @key AND activity_id = @id ORDER BY id DESC LIMIT 1";

    /// <summary>Drops conversation <c>@key</c>'s rows older than its last <see cref="TeamsFeedback.MaxRemembered"/>.</summary>
    public static readonly string Trim = $"""
        DELETE FROM answered_messages WHERE conversation_key = @key AND id <= (
            SELECT id FROM answered_messages WHERE conversation_key = @key ORDER BY id DESC LIMIT 1 OFFSET {TeamsFeedback.MaxRemembered})
        """;

    /// <summary>Runs <paramref name="find"/> (<see cref="Find"/> with its parameters set) and reads its row, if any.</summary>
    public static async Task<AnsweredMessage?> ReadAsync(DbCommand find, string activityId, CancellationToken cancellationToken)
    {
        await using var reader = await find.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AnsweredMessage(activityId, reader.GetString(0), LanguageExtensions.FromLocale(reader.GetString(1)) ?? Language.En)
            : null;
    }
}
