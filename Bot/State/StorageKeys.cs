namespace PolicyBot.Bot.State;

/// <summary>
/// Storage keys as the Bot Framework SDK names them (PROTOCOL.md §10), with <c>%</c> and <c>/</c> inside an id
/// percent-encoded, so no channel or conversation id can reach into another key's segments (channel
/// <c>x/references</c> with conversation <c>y</c> is not the reference of <c>conversations/y</c> on channel <c>x</c>).
/// Ids without those two characters keep the SDK's keys.
/// </summary>
public static class StorageKeys
{
    public static string Conversation(string channelId, string conversationId) => $"{Escape(channelId)}/conversations/{Escape(conversationId)}";

    /// <summary>Where the ConversationReference for proactive messages to a conversation is kept.</summary>
    public static string Reference(string channelId, string conversationId) => $"{Escape(channelId)}/references/{Escape(conversationId)}";

    // '%' first, so an id that already holds "%2F" stays apart from one holding "/".
    private static string Escape(string id) => id.AsSpan().IndexOfAny('%', '/') < 0
        ? id
        : id.Replace("%", "%25", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal);
}
