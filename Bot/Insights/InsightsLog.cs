namespace PolicyBot.Bot.Insights;

internal static partial class InsightsLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Warning, Message = "Usage events were not recorded: {ExceptionType}")]
    public static partial void UsageNotRecorded(this ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning, Message = "{Count} usage events were dropped: the usage store is far behind")]
    public static partial void UsageEventsDropped(this ILogger logger, int count);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information, Message = "Teams feedback counted: {Reaction} on topic {TopicId}")]
    public static partial void FeedbackCounted(this ILogger logger, string topicId, string reaction);

    [LoggerMessage(EventId = 503, Level = LogLevel.Information, Message = "Teams feedback not counted: unknown {Missing}")]
    public static partial void FeedbackNotCounted(this ILogger logger, string missing);

    [LoggerMessage(EventId = 504, Level = LogLevel.Information, Message = "A message/submitAction invoke that is not feedback; answered 501")]
    public static partial void SubmitActionNotFeedback(this ILogger logger);

    [LoggerMessage(EventId = 505, Level = LogLevel.Warning, Message = "The ids of the answers just sent were not remembered ({Reason}); Teams feedback on them will not be counted")]
    public static partial void AnswersNotRemembered(this ILogger logger, string reason);

    // The Agents Playground sends its feedback invoke without replyToId, so it never names the answer.
    [LoggerMessage(EventId = 506, Level = LogLevel.Information, Message = "Teams feedback not counted: the invoke has no replyToId naming the answer")]
    public static partial void FeedbackWithoutReplyToId(this ILogger logger);
}
