namespace PolicyBot.Bot.Protocol;

/// <summary>The activity types PolicyBot reads or writes. Anything else is accepted with 200 and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Trace = "trace";

    /// <summary>SDK pseudo-type, only ever seen on the wire inside ExpectedReplies.</summary>
    public const string InvokeResponse = "invokeResponse";
}
