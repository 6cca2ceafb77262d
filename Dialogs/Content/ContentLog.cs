using Microsoft.Extensions.Logging;

namespace PolicyBot.Dialogs.Content;

/// <summary>Log lines of the content store. Content errors name files, keys and ids; never a message text.</summary>
internal static partial class ContentLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Loaded {TopicCount} topics from {ContentPath}")]
    public static partial void Loaded(this ILogger logger, int topicCount, string contentPath);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Content error {ContentError}")]
    public static partial void ContentError(this ILogger logger, ContentDiagnostic contentError);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Content warning {ContentWarning}")]
    public static partial void ContentWarning(this ILogger logger, ContentDiagnostic contentWarning);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Content in {ContentPath} has {ErrorCount} errors; keeping version {Version}")]
    public static partial void KeptVersion(this ILogger logger, string contentPath, int errorCount, int version);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Reloading content from {ContentPath} failed; keeping version {Version}")]
    public static partial void ReloadCrashed(this ILogger logger, Exception exception, string contentPath, int version);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Debug, Message = "Content version {Version} is live")]
    public static partial void Swapped(this ILogger logger, int version);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Cannot watch {ContentPath}; content changes need a restart")]
    public static partial void WatchFailed(this ILogger logger, Exception exception, string contentPath);
}
