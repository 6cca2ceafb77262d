namespace PolicyBot.Bot.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 110, Level = LogLevel.Information, Message = "Rejected request with {StatusCode}: {Problem}")]
    public static partial void RequestRejected(this ILogger logger, int statusCode, string problem);

    [LoggerMessage(EventId = 111, Level = LogLevel.Debug, Message = "Ignored {ActivityType} activity")]
    public static partial void ActivityIgnored(this ILogger logger, string? activityType);

    [LoggerMessage(EventId = 112, Level = LogLevel.Information, Message = "Invoke {InvokeName} is not handled")]
    public static partial void InvokeNotImplemented(this ILogger logger, string? invokeName);

    [LoggerMessage(EventId = 113, Level = LogLevel.Information, Message = "Malformed adaptiveCard/action invoke: {Problem}")]
    public static partial void InvokeRejected(this ILogger logger, string problem);

    [LoggerMessage(EventId = 114, Level = LogLevel.Information, Message = "Activity was already handled within the replay window; not running it again")]
    public static partial void ActivityReplayed(this ILogger logger);

    [LoggerMessage(EventId = 120, Level = LogLevel.Error, Message = "Turn failed with {ExceptionType}; the previous state is kept. {StackTrace}")]
    public static partial void TurnFailed(this ILogger logger, string exceptionType, string stackTrace);

    [LoggerMessage(EventId = 126, Level = LogLevel.Warning, Message = "The turn ran past its deadline of {DeadlineMs} ms; answered with the error reply, nothing saved")]
    public static partial void TurnDeadlinePassed(this ILogger logger, long deadlineMs);

    [LoggerMessage(EventId = 121, Level = LogLevel.Error, Message = "The error reply itself failed with {ExceptionType}")]
    public static partial void ErrorReplyFailed(this ILogger logger, string exceptionType);


    [LoggerMessage(EventId = 125, Level = LogLevel.Error, Message = "Processing the activity failed with {ExceptionType} outside the turn; answering with the error reply. {StackTrace}")]
    public static partial void ProcessingFailed(this ILogger logger, string exceptionType, string stackTrace);

    [LoggerMessage(EventId = 127, Level = LogLevel.Information, Message = "Start-up garbage collected in {ElapsedMs} ms: GC heap {HeapMiB} MiB, committed {CommittedMiB} MiB")]
    public static partial void StartupMemoryReleased(this ILogger logger, long elapsedMs, long heapMiB, long committedMiB);

    [LoggerMessage(EventId = 122, Level = LogLevel.Warning, Message = "Conversation state changed by another writer during the turn (attempt {Attempt}); re-running the turn")]
    public static partial void StateConflict(this ILogger logger, int attempt);

    [LoggerMessage(EventId = 123, Level = LogLevel.Error, Message = "Conversation state kept changing underneath the turn after {Attempts} attempts; the turn was not saved")]
    public static partial void StateConflictsExhausted(this ILogger logger, int attempts);
}
