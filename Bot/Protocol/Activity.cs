using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyBot.Bot.Protocol;

/// <summary>
/// A Bot Framework Activity (shared/PROTOCOL.md §2). Fields PolicyBot does not model survive a round trip through
/// <see cref="Extra"/>; channel-specific payloads stay raw JSON.
/// </summary>
public sealed record Activity
{
    /// <summary>Required. See <see cref="ActivityTypes"/>; unknown types are accepted and ignored.</summary>
    public string? Type { get; init; }

    public string? Id { get; init; }

    /// <summary>UTC ISO-8601 as sent by the channel, kept raw so a malformed value never fails a turn.</summary>
    public string? Timestamp { get; init; }

    public string? LocalTimestamp { get; init; }

    public string? LocalTimezone { get; init; }

    /// <summary>Where replies go (PROTOCOL.md §3.2); present on every inbound activity.</summary>
    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    /// <summary>On inbound activities this is the bot itself. offline-directline omits it.</summary>
    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? Speak { get; init; }

    /// <summary>See <see cref="InputHints"/>.</summary>
    public string? InputHint { get; init; }

    public string? Summary { get; init; }

    public List<Attachment>? Attachments { get; init; }

    public string? AttachmentLayout { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Programmatic payload: card submit data, invoke/event payload, trace value.</summary>
    public JsonElement? Value { get; init; }

    public string? ValueType { get; init; }

    public string? Label { get; init; }

    /// <summary>Required for <c>event</c> and <c>invoke</c> (e.g. <c>adaptiveCard/action</c>).</summary>
    public string? Name { get; init; }

    public List<Entity>? Entities { get; init; }

    public JsonElement? ChannelData { get; init; }

    public List<ChannelAccount>? MembersAdded { get; init; }

    public List<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary><c>installationUpdate</c>: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; init; }

    public string? Code { get; init; }

    /// <summary>See <see cref="DeliveryModes"/> and PROTOCOL.md §1.5.</summary>
    public string? DeliveryMode { get; init; }

    public ConversationReference? RelatesTo { get; init; }

    public string? CallerId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }

    [JsonIgnore]
    public DateTimeOffset? TimestampValue =>
        DateTimeOffset.TryParse(Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value) ? value : null;

    [JsonIgnore]
    public bool IsExpectReplies => string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    /// <summary>The ConversationReference to store for proactive messages (PROTOCOL.md §2.2).</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>
    /// An empty outgoing activity addressed as a reply to this one (PROTOCOL.md §2.3): same channel, serviceUrl and
    /// conversation, from/recipient swapped, replyToId = this id (not for conversationUpdate on Direct Line/Web Chat).
    /// </summary>
    public Activity CreateReply(string type = ActivityTypes.Message)
    {
        var threadless = Type == ActivityTypes.ConversationUpdate && ChannelId is "directline" or "webchat";
        return new Activity
        {
            Type = type,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Conversation = Conversation,
            From = Recipient,
            Recipient = From,
            ReplyToId = threadless ? null : Id,
            Locale = Locale,
        };
    }
}
