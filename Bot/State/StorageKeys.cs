namespace PolicyBot.Bot.State;

/// <summary>Storage keys as the Bot Framework SDK names them (PROTOCOL.md §10).</summary>
public static class StorageKeys
{
    public static string Conversation(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";
}
