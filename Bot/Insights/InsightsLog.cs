namespace PolicyBot.Bot.Insights;

internal static partial class InsightsLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Warning, Message = "Usage events of a turn were not recorded: {ExceptionType}")]
    public static partial void UsageNotRecorded(this ILogger logger, string exceptionType);
}
