namespace PolicyBot.Bot.Editor;

/// <summary>Log lines of the content editor: version numbers and editors' object ids, never content or names.</summary>
internal static partial class EditorLog
{
    [LoggerMessage(EventId = 720, Level = LogLevel.Information, Message = "Editor {EditorId} published content version {Version} from the editor")]
    public static partial void EditorPublished(this ILogger logger, string editorId, int version);

    [LoggerMessage(EventId = 721, Level = LogLevel.Information, Message = "Editor {EditorId} rolled back to content version {From} as version {Version}")]
    public static partial void EditorRolledBack(this ILogger logger, string editorId, int from, int version);

    [LoggerMessage(EventId = 722, Level = LogLevel.Information, Message = "Editor {EditorId}'s publish was refused: {ErrorCount} errors; nothing was stored")]
    public static partial void EditorPublishRefused(this ILogger logger, string editorId, int errorCount);

    [LoggerMessage(EventId = 723, Level = LogLevel.Warning, Message = "Signed-in user {EditorId} is in none of the editor's groups or roles: 403")]
    public static partial void EditorForbidden(this ILogger logger, string editorId);

    [LoggerMessage(EventId = 724, Level = LogLevel.Information, Message = "The content editor is at /editor ({Mode})")]
    public static partial void EditorMode(this ILogger logger, string mode);
}
