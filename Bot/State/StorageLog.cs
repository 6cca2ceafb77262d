namespace PolicyBot.Bot.State;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Conversation state is stored in SQLite file {Path}")]
    public static partial void UsingSqliteStore(this ILogger logger, string path);
}
