namespace PolicyBot.Bot.Retention;

// Counts, store keys and ticket ids only: never a question or a name.
internal static partial class RetentionLog
{
    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Retention sweep removed {States} conversation states and {References} references, deleted {Tickets} tickets, cleared {Questions} collected questions and forgot {Answers} answered messages")]
    public static partial void Swept(this ILogger logger, int states, int references, int tickets, int questions, int answers);

    [LoggerMessage(EventId = 601, Level = LogLevel.Error, Message = "The retention sweep failed with {ExceptionType}; it runs again at the next interval")]
    public static partial void SweepFailed(this ILogger logger, Exception exception, string exceptionType);

    [LoggerMessage(EventId = 602, Level = LogLevel.Information, Message = "Erased a user's data: {States} conversation states, {References} references, tickets asked {TicketsDeleted}, picker removed from tickets {PickerRemoved}")]
    public static partial void UserForgotten(this ILogger logger, int states, int references, string ticketsDeleted, string pickerRemoved);

    [LoggerMessage(EventId = 603, Level = LogLevel.Information, Message = "{ActivityType} ({Action}): removed the state and reference of conversation {ConversationId}")]
    public static partial void ConversationForgotten(this ILogger logger, string? activityType, string? action, string conversationId);
}
