using System.Text.Json;

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

    /// <summary>Whether <paramref name="key"/> holds a conversation reference (ids never contain a raw '/').</summary>
    public static bool IsReference(string key) => key.Contains("/references/", StringComparison.Ordinal);

    /// <summary>
    /// The employee a stored row is about, kept in the store's indexed <c>user_id</c> column so erasure is a lookup: for the
    /// reference of a personal (1:1) conversation its user's id ("" when an older reference lacks it), else null.
    /// </summary>
    public static string? UserOf(string key, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!IsReference(key)) return null;
        try
        {
            using var json = JsonDocument.Parse(data.ToArray());
            var root = json.RootElement;
            var type = root.TryGetProperty("conversation", out var c) && c.ValueKind == JsonValueKind.Object && c.TryGetProperty("conversationType", out var t) ? t.GetString() : null;
            if (type is not (null or "personal")) return null;
            return root.TryGetProperty("user", out var u) && u.ValueKind == JsonValueKind.Object && u.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : "";
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // '%' first, so an id that already holds "%2F" stays apart from one holding "/".
    private static string Escape(string id) => id.AsSpan().IndexOfAny('%', '/') < 0
        ? id
        : id.Replace("%", "%25", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal);
}
