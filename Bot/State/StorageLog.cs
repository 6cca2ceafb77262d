namespace PolicyBot.Bot.State;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Conversation state is stored in SQLite file {Path}")]
    public static partial void UsingSqliteStore(this ILogger logger, string path);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Conversation state is stored in PostgreSQL database {Database} on {Host}")]
    public static partial void UsingPostgresStore(this ILogger logger, string? database, string? host);
}
