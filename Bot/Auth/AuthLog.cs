namespace PolicyBot.Bot.Auth;

internal static partial class AuthLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Fetched OpenID metadata from {MetadataUrl}: {KeyCount} signing keys")]
    public static partial void MetadataFetched(this ILogger logger, string metadataUrl, int keyCount);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Fetching OpenID metadata from {MetadataUrl} failed with {ErrorType}; keeping the keys we have")]
    public static partial void MetadataFetchFailedKeepingKeys(this ILogger logger, string metadataUrl, string errorType);

    [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "No signing keys available ({ErrorType}); the request is rejected")]
    public static partial void SigningKeysUnavailable(this ILogger logger, string errorType);

    [LoggerMessage(EventId = 410, Level = LogLevel.Information, Message = "Acquired an outbound app token from {Issuer}; valid for {Lifetime}")]
    public static partial void OutboundTokenIssued(this ILogger logger, string issuer, TimeSpan lifetime);

    [LoggerMessage(EventId = 411, Level = LogLevel.Error, Message = "No app token: the identity endpoint answered {StatusCode} ({ErrorCode}); replies cannot be sent")]
    public static partial void OutboundTokenFailed(this ILogger logger, int statusCode, string errorCode);

    [LoggerMessage(EventId = 412, Level = LogLevel.Warning, Message = "Refused to send the app token to {ServiceHost}: it did not arrive on an authenticated activity and is not a known channel host")]
    public static partial void UntrustedServiceUrl(this ILogger logger, string serviceHost);

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "No MicrosoftAppId configured: anonymous local/Emulator mode, replies are sent without Authorization")]
    public static partial void AnonymousMode(this ILogger logger);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "MicrosoftAppId is configured ({AppType}): every request must carry a valid Bot Framework token and replies carry the app token")]
    public static partial void AuthenticationEnabled(this ILogger logger, string appType);
}
