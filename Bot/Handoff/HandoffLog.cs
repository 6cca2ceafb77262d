namespace PolicyBot.Bot.Handoff;

// Ticket ids, owner ids and conversation ids only: never the question, which may be text the employee pasted.
internal static partial class HandoffLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Installed in conversation {ConversationId} ({ConversationType})")]
    public static partial void Installed(this ILogger logger, string conversationId, string? conversationType);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "First activity from channel conversation {ConversationId}; it can now receive hand-off tickets")]
    public static partial void ChannelLearned(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 410, Level = LogLevel.Warning, Message = "Owner {OwnerId} has a Teams channel configured, but the bot has no conversation reference for it (is the app installed there?); no ticket posted, the employee got the deep link and e-mail")]
    public static partial void NoChannelReference(this ILogger logger, string ownerId);

    [LoggerMessage(EventId = 411, Level = LogLevel.Information, Message = "Ticket {TicketId} for owner {OwnerId} posted to its channel")]
    public static partial void TicketPosted(this ILogger logger, string ticketId, string ownerId);

    [LoggerMessage(EventId = 412, Level = LogLevel.Error, Message = "Ticket {TicketId} for owner {OwnerId} could not be posted to its channel")]
    public static partial void TicketNotPosted(this ILogger logger, string ticketId, string ownerId);

    [LoggerMessage(EventId = 413, Level = LogLevel.Information, Message = "Ticket {TicketId} for owner {OwnerId} picked up")]
    public static partial void TicketPickedUp(this ILogger logger, string ticketId, string ownerId);

    [LoggerMessage(EventId = 414, Level = LogLevel.Information, Message = "Ticket {TicketId} was already picked up; the second press changed nothing")]
    public static partial void TicketAlreadyTaken(this ILogger logger, string ticketId);

    [LoggerMessage(EventId = 415, Level = LogLevel.Information, Message = "Ticket {TicketId} not found")]
    public static partial void TicketNotFound(this ILogger logger, string ticketId);

    [LoggerMessage(EventId = 416, Level = LogLevel.Information, Message = "Ticket {TicketId} for owner {OwnerId} reminded")]
    public static partial void TicketReminded(this ILogger logger, string ticketId, string ownerId);

    [LoggerMessage(EventId = 419, Level = LogLevel.Warning, Message = "Ticket {TicketId} for owner {OwnerId}: its card could not be posted after {Attempts} attempts; the ticket is closed")]
    public static partial void TicketClosedUnposted(this ILogger logger, string ticketId, string ownerId, int attempts);

    [LoggerMessage(EventId = 418, Level = LogLevel.Error, Message = "Carrying out {ReplyType} failed with {ExceptionType}. {StackTrace}")]
    public static partial void HandoffFailed(this ILogger logger, string replyType, string exceptionType, string stackTrace);

    [LoggerMessage(EventId = 417, Level = LogLevel.Error, Message = "The ticket reminder scan failed with {ExceptionType}")]
    public static partial void ReminderScanFailed(this ILogger logger, Exception exception, string exceptionType);

    [LoggerMessage(EventId = 124, Level = LogLevel.Error, Message = "Remembering the conversation reference on channel {ChannelId} failed with {ExceptionType}; the turn goes on without it")]
    public static partial void ReferenceNotCaptured(this ILogger logger, string exceptionType, string? channelId);

    [LoggerMessage(EventId = 431, Level = LogLevel.Information, Message = "Ticket {TicketId} for owner {OwnerId} answered and closed")]
    public static partial void TicketAnswered(this ILogger logger, string ticketId, string ownerId);

    [LoggerMessage(EventId = 432, Level = LogLevel.Information, Message = "Ticket {TicketId}: a close or suggestion by someone other than its taker changed nothing")]
    public static partial void TicketNotTaker(this ILogger logger, string ticketId);

    [LoggerMessage(EventId = 433, Level = LogLevel.Information, Message = "Ticket {TicketId} for owner {OwnerId} suggested to comms staff")]
    public static partial void TicketSuggested(this ILogger logger, string ticketId, string ownerId);
}
