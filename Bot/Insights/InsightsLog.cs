namespace PolicyBot.Bot.Insights;

internal static partial class InsightsLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Warning, Message = "Usage events were not recorded: {ExceptionType}")]
    public static partial void UsageNotRecorded(this ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "{Count} usage events were dropped: the usage store is far behind")]
    public static partial void UsageEventsDropped(this ILogger logger, int count);
}
