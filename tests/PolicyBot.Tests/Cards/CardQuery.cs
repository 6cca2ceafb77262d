using System.Text.Json.Nodes;

namespace PolicyBot.Tests.Cards;

/// <summary>Reads what a user would see on a card: its texts and every button, wherever it sits.</summary>
internal static class CardQuery
{
    public static IEnumerable<JsonObject> Nodes(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                // A card's refresh is no button anyone sees (Teams runs it by itself).
                foreach (var (key, child) in obj)
                    if (key is not ("data" or "refresh"))
                        foreach (var inner in Nodes(child)) yield return inner;
                break;
            case JsonArray array:
                foreach (var item in array)
                    foreach (var inner in Nodes(item)) yield return inner;
                break;
        }
    }

    public static IReadOnlyList<JsonObject> Buttons(JsonObject card) =>
        Nodes(card).Where(n => Type(n).StartsWith("Action.", StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<string> Texts(JsonObject card) =>
        Nodes(card).Where(n => Type(n) == "TextBlock").Select(n => (string)n["text"]!).ToList();

    public static IReadOnlyList<JsonObject> OfType(JsonObject card, string type) =>
        Nodes(card).Where(n => Type(n) == type).ToList();

    public static string Type(JsonObject node) => node["type"]?.GetValue<string>() ?? "";
}
