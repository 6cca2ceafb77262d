using System.Text.Json.Nodes;
using NJsonSchema;

namespace PolicyBot.Cards;

/// <summary>
/// The official Adaptive Cards 1.5 schema (<c>Schema/adaptive-card-1.5.json</c>, vendored unchanged; see
/// Schema/README.md) checked with NJsonSchema, plus one overlay for what Teams adds: the card-level <c>msteams</c>
/// object, where the schema allows no property it does not list. The overlay admits exactly what the bot uses and
/// Teams documents (<c>"msteams": {"width": "Full"}</c>), nothing looser.
/// </summary>
public static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Every violation as <c>path: message</c>; empty when the card matches the schema.</summary>
    public static List<string> Validate(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return SchemaViolations.Describe(Schema.Value.Validate(card.ToJsonString()));
    }

    private static JsonSchema Load()
    {
        using var stream = typeof(AdaptiveCardSchema).Assembly.GetManifestResourceStream("PolicyBot.Cards.Schema.adaptive-card-1.5.json")
            ?? throw new InvalidOperationException("The Adaptive Card schema is not embedded in PolicyBot.Cards");
        var schema = JsonNode.Parse(stream)!.AsObject();
        schema["definitions"]!["AdaptiveCard"]!["properties"]!["msteams"] = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject { ["width"] = new JsonObject { ["enum"] = new JsonArray("Full") } },
        };
        return JsonSchema.FromJsonAsync(schema.ToJsonString()).GetAwaiter().GetResult();
    }
}
