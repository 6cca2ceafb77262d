namespace PolicyBot.Bot.Connector;

internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Warning, Message = "Connector {Method} answered {StatusCode} on attempt {Attempt}; retrying")]
    public static partial void SendRetrying(this ILogger logger, string method, int statusCode, int attempt);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Connector {Method} failed with {ErrorType} on attempt {Attempt}; retrying")]
    public static partial void SendRetryingAfterError(this ILogger logger, string method, string errorType, int attempt);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Connector {Method} failed with {StatusCode} after {Attempts} attempt(s); the activity was not delivered")]
    public static partial void SendFailed(this ILogger logger, string method, int statusCode, int attempts);

    [LoggerMessage(EventId = 203, Level = LogLevel.Error, Message = "Connector {Method} could not reach the channel after {Attempts} attempt(s); the activity was not delivered")]
    public static partial void SendUnreachable(this ILogger logger, Exception exception, string method, int attempts);

    [LoggerMessage(EventId = 204, Level = LogLevel.Error, Message = "Connector {Method} of a {ActivityType} activity failed unexpectedly; the activity was not delivered")]
    public static partial void SendCrashed(this ILogger logger, Exception exception, string method, string? activityType);

    [LoggerMessage(EventId = 205, Level = LogLevel.Warning, Message = "Connector {Method} of a {ActivityType} activity skipped: no serviceUrl or conversation id")]
    public static partial void SendSkippedNoAddress(this ILogger logger, string method, string? activityType);

    [LoggerMessage(EventId = 207, Level = LogLevel.Error, Message = "Connector {Method} gave up after {Attempts} attempt(s) ({Reason}): a wait of {Wait} and another attempt do not fit in the send budget of {SendBudget}; the activity was not delivered")]
    public static partial void SendOutOfBudget(this ILogger logger, string method, string reason, int attempts, TimeSpan wait, TimeSpan sendBudget);

    [LoggerMessage(EventId = 208, Level = LogLevel.Error, Message = "The channel at {ServiceHost} failed too often; sends to it end at once for {BreakDuration}")]
    public static partial void ChannelCircuitOpened(this ILogger logger, string serviceHost, TimeSpan breakDuration);

    [LoggerMessage(EventId = 209, Level = LogLevel.Warning, Message = "Connector {Method} not sent: the channel failed too often lately and is left alone for a while; the activity was not delivered")]
    public static partial void SendCircuitOpen(this ILogger logger, string method);

    [LoggerMessage(EventId = 206, Level = LogLevel.Warning, Message = "Connector {Method} answered 401; retrying once with a fresh token")]
    public static partial void SendUnauthorizedRetrying(this ILogger logger, string method);
}
