using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PolicyBot.Bot.Protocol;

/// <summary>A user or bot: <c>{id, name, aadObjectId, role}</c>. Ids are opaque and compared ordinally.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    /// <summary><c>user</c> or <c>bot</c> (transcripts, Emulator).</summary>
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>The conversation an activity belongs to. Teams <c>conversationType</c>: personal, groupChat, channel.</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public bool? IsGroup { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>What to keep for a proactive message: <c>{activityId, user, bot, conversation, channelId, locale, serviceUrl}</c>.</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; init; }

    public ChannelAccount? User { get; init; }

    public ChannelAccount? Bot { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ChannelId { get; init; }

    public string? Locale { get; init; }

    public string? ServiceUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>
/// A card or file: <c>{contentType, content | contentUrl, name, thumbnailUrl}</c>. Content stays a JSON tree, so a card
/// the bot builds is written once, straight into the outgoing activity.
/// </summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }

    public string? ContentUrl { get; init; }

    public JsonNode? Content { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>Buttons shown above the input box: <c>{to:[ids], actions:[CardAction]}</c>.</summary>
public sealed record SuggestedActions
{
    public List<string>? To { get; init; }

    public List<CardAction>? Actions { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>A classic card button: <c>imBack</c>, <c>postBack</c>, <c>messageBack</c>, <c>openUrl</c>, …</summary>
public sealed record CardAction
{
    public string? Type { get; init; }

    public string? Title { get; init; }

    public string? Image { get; init; }

    public string? ImageAltText { get; init; }

    public string? Text { get; init; }

    public string? DisplayText { get; init; }

    /// <summary>A string for imBack/openUrl, any JSON for postBack/messageBack.</summary>
    public JsonElement? Value { get; init; }

    public JsonElement? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>
/// An entity <c>{type, …}</c> such as <c>mention</c> or <c>clientInfo</c>. Everything but <c>type</c> stays raw in
/// <see cref="Extra"/> so unknown entity shapes never fail parsing.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>For a <c>mention</c> entity: the mentioned account's id, its name and the <c>&lt;at&gt;</c> text.</summary>
    public bool TryGetMention(out string? mentionedId, out string? mentionedName, out string? text)
    {
        mentionedId = mentionedName = text = null;
        if (!string.Equals(Type, "mention", StringComparison.OrdinalIgnoreCase) || Extra is null) return false;
        if (Extra.TryGetValue("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object)
        {
            mentionedId = StringProperty(mentioned, "id");
            mentionedName = StringProperty(mentioned, "name");
        }
        if (Extra.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String) text = t.GetString();
        return true;
    }

    private static string? StringProperty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>The Connector's answer to a send: <c>{"id":"…"}</c>.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>The HTTP body for <c>deliveryMode: "expectReplies"</c>: every activity of the turn, in send order (PROTOCOL.md §1.5).</summary>
public sealed record ExpectedReplies
{
    public List<Activity> Activities { get; init; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}

/// <summary>
/// What the bot answers to an <c>invoke</c>: HTTP <see cref="Status"/> with <see cref="Body"/> as JSON (PROTOCOL.md §1.6).
/// Never serialized itself, except as the value of an <c>invokeResponse</c> pseudo-activity inside ExpectedReplies.
/// </summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null)
{
    public static InvokeResponse NotImplemented { get; } = new(StatusCodes.Status501NotImplemented);
}

/// <summary>The body of an <c>adaptiveCard/action</c> answer: <c>{statusCode, type, value}</c>.</summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonElement Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>A short message the client shows to the user.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) =>
        new(StatusCodes.Status200OK, MessageType, JsonSerializer.SerializeToElement(text, ProtocolJson.Options));

    /// <summary>An Adaptive Card that replaces the pressed card in the presser's client.</summary>
    public static AdaptiveCardInvokeResponse Card(System.Text.Json.Nodes.JsonObject card) =>
        new(StatusCodes.Status200OK, CardType, JsonSerializer.SerializeToElement(card, ProtocolJson.Options));

    /// <summary>The error answer for a malformed or unsupported action (<c>BadRequest</c>, <c>NotSupported</c>).</summary>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, JsonSerializer.SerializeToElement(new { code, message }, ProtocolJson.Options));
}
