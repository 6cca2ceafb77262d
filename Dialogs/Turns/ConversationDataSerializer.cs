using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PolicyBot.Dialogs.Turns;

/// <summary>The one JSON shape of stored conversation state, shared by every store and the terminal chat.</summary>
public static class ConversationDataSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static byte[] Serialize(ConversationData data) => JsonSerializer.SerializeToUtf8Bytes(data, Options);

    /// <summary>
    /// Reads stored state; state of an older version is upgraded first (<see cref="ConversationDataMigrations"/>), and
    /// unreadable or future-version state yields a fresh conversation rather than a crash.
    /// </summary>
    public static ConversationData Deserialize(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty) return new ConversationData();
        try
        {
            var data = JsonSerializer.Deserialize<ConversationData>(json, Options);
            if (data is { SchemaVersion: ConversationData.CurrentSchemaVersion }) return data;
            return data is not null && JsonNode.Parse(json) is JsonObject old && ConversationDataMigrations.TryUpgrade(old)
                ? old.Deserialize<ConversationData>(Options) ?? new ConversationData()
                : new ConversationData();
        }
        catch (JsonException)
        {
            return new ConversationData();
        }
    }
}
