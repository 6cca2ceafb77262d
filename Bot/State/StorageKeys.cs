namespace PolicyBot.Bot.State;

/// <summary>Storage keys as the Bot Framework SDK names them (PROTOCOL.md §10).</summary>
public static class StorageKeys
{
    public static string Conversation(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    /// <summary>Where the ConversationReference for proactive messages to a conversation is kept.</summary>
    public static string Reference(string channelId, string conversationId) => $"{channelId}/references/{conversationId}";
}
