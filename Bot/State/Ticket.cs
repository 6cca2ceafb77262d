using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyBot.Bot.Protocol;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.State;

public enum TicketStatus
{
    Open,
    PickedUp,

    /// <summary>Given up: the card never reached the owner's channel (see <see cref="Ticket.PostAttempts"/>).</summary>
    Closed,
}

/// <summary>
/// A hand-off ticket as stored: what the card shows (<see cref="Details"/>), where it lives (the owner's channel and
/// the card's activity id), whom to tell (the employee's conversation), and its progress. <see cref="Version"/> is
/// the store's ETag, so a pick-up and a reminder never overwrite each other.
/// </summary>
public sealed record Ticket
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public required TicketDetails Details { get; init; }

    public TicketStatus Status { get; init; } = TicketStatus.Open;

    public required ConversationReference Employee { get; init; }

    public required ConversationReference Channel { get; init; }

    /// <summary>The id of the ticket card in the channel (from the Connector's ResourceResponse), once posted.</summary>
    public string? ChannelCardId { get; init; }

    public string? PickedUpById { get; init; }

    public bool Reminded { get; init; }

    /// <summary>How often the card was sent to the owner's channel without success; retried, then the ticket is closed.</summary>
    public int PostAttempts { get; init; }

    /// <summary>When a <see cref="TicketStatus.Closed"/> ticket was given up.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    [JsonIgnore]
    public long Version { get; init; }

    [JsonIgnore]
    public string Id => Details.Id;

    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static Ticket Deserialize(ReadOnlySpan<byte> data, long version) =>
        (JsonSerializer.Deserialize<Ticket>(data, Json) ?? throw new JsonException("A stored ticket is empty.")) with { Version = version };
}
