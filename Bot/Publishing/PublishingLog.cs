namespace PolicyBot.Bot.Publishing;

/// <summary>Log lines of content publishing: version numbers, kinds, author ids and file counts; never content text.</summary>
internal static partial class PublishingLog
{
    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "Content version {Version} ({Kind}) published by {Author}: {FileCount} files")]
    public static partial void Published(this ILogger logger, int version, string kind, string author, int fileCount);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "The content folder {ContentPath} is stored as content version {Version} (the store had none)")]
    public static partial void StoredFolder(this ILogger logger, string contentPath, int version);

    [LoggerMessage(EventId = 702, Level = LogLevel.Information, Message = "Switched to content version {Version} ({Kind}) published by {Author} at {PublishedAt:O}")]
    public static partial void Switched(this ILogger logger, int version, string kind, string author, DateTimeOffset publishedAt);

    [LoggerMessage(EventId = 703, Level = LogLevel.Error, Message = "Content version {Version} published by {Author} has {ErrorCount} errors; keeping the content that runs")]
    public static partial void VersionRefused(this ILogger logger, int version, string author, int errorCount);

    [LoggerMessage(EventId = 704, Level = LogLevel.Warning, Message = "Could not read the newest content version; still on version {Version}")]
    public static partial void PollFailed(this ILogger logger, Exception exception, int version);

    [LoggerMessage(EventId = 705, Level = LogLevel.Information, Message = "No content version was published yet; following the content folder {ContentPath}")]
    public static partial void FollowingFolder(this ILogger logger, string contentPath);
}
