using System.Text.Json.Nodes;

namespace PolicyBot.Cards;

/// <summary>
/// The checks of PROTOCOL §8 for a card sent to Teams: the Adaptive Cards 1.5 schema (<see cref="AdaptiveCardSchema"/>:
/// element and action types, their properties and required ones), then what that schema cannot say and Teams needs.
/// </summary>
public static class CardValidator
{
    public static readonly Version MaxVersion = new(1, 5);

    /// <summary>Every problem found, as <c>path: message</c>; empty when the card passes.</summary>
    public static IReadOnlyList<string> Validate(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = AdaptiveCardSchema.Validate(card);

        // The schema requires neither type nor version at the top and allows any version string; Teams renders 1.5 at most.
        if (card["type"] is null) problems.Add("$: type is missing (AdaptiveCard)");
        if (card["version"] is not JsonValue v || !v.TryGetValue(out string? version))
            problems.Add("$: version is missing");
        else if (!Version.TryParse(version, out var parsed) || parsed > MaxVersion)
            problems.Add($"$: version {version} is not 1.5 or lower");
        WalkCard(card, "$", problems, new HashSet<string>(StringComparer.Ordinal));

        // Connector-based senders fail near 28 KB (HTTP 413): a size is nothing a schema knows.
        var size = CardLimits.SizeInBytes(card);
        if (size > CardLimits.MaxCardBytes) problems.Add($"$: card is {size} bytes, over {CardLimits.MaxCardBytes}");
        return problems;
    }

    private static void WalkCard(JsonObject card, string path, List<string> problems, HashSet<string> ids)
    {
        Each(card["body"], $"{path}.body", (e, p) => WalkElement(e, p, problems, ids));
        Each(card["actions"], $"{path}.actions", (a, p) => WalkAction(a, p, problems, ids));
    }

    private static void WalkElement(JsonObject element, string path, List<string> problems, HashSet<string> ids)
    {
        CheckId(element, path, problems, ids);
        foreach (var children in new[] { "items", "columns", "images" })
            Each(element[children], $"{path}.{children}", (e, p) => WalkElement(e, p, problems, ids));
        if (TypeOf(element) == "ActionSet")
            Each(element["actions"], $"{path}.actions", (a, p) => WalkAction(a, p, problems, ids));
        if (element["selectAction"] is JsonObject select) WalkAction(select, $"{path}.selectAction", problems, ids);
        if (element["fallback"] is JsonObject fallback) WalkElement(fallback, $"{path}.fallback", problems, ids);
    }

    private static void WalkAction(JsonObject action, string path, List<string> problems, HashSet<string> ids)
    {
        var type = TypeOf(action);
        CheckId(action, path, problems, ids);

        // The schema allows a relative url (uri-reference) and string data; Teams opens absolute urls only, and Web Chat
        // drops submit data that is not an object.
        var url = action["url"] is JsonValue u && u.TryGetValue(out string? s) ? s : null;
        if (type == "Action.OpenUrl" && !CardElements.IsOpenable(url))
            problems.Add($"{path}: Action.OpenUrl needs an absolute url");
        if (type == "Action.Submit" && action["data"] is not JsonObject)
            problems.Add($"{path}: Action.Submit data must be an object (Web Chat drops anything else)");
        if (type == "Action.Execute" && action["data"] is { } data && data is not JsonObject)
            problems.Add($"{path}: Action.Execute data must be an object");
        if (type == "Action.ShowCard")
        {
            // The schema does not require the card of a ShowCard; a button that shows nothing is a bug.
            if (action["card"] is JsonObject nested) WalkCard(nested, $"{path}.card", problems, ids);
            else problems.Add($"{path}: Action.ShowCard needs a card");
        }
        if (action["fallback"] is JsonObject fallback) WalkAction(fallback, $"{path}.fallback", problems, ids);
    }

    /// <summary>Ids are unique across the whole card, nested ShowCards included: the schema cannot compare values.</summary>
    private static void CheckId(JsonObject node, string path, List<string> problems, HashSet<string> ids)
    {
        if (node["id"] is JsonValue v && v.TryGetValue(out string? id) && !string.IsNullOrEmpty(id) && !ids.Add(id))
            problems.Add($"{path}: id '{id}' is not unique");
    }

    private static void Each(JsonNode? list, string path, Action<JsonObject, string> walk)
    {
        if (list is not JsonArray array) return; // the schema reports a list that is not one
        for (var i = 0; i < array.Count; i++)
            if (array[i] is JsonObject item) walk(item, $"{path}[{i}]");
    }

    private static string? TypeOf(JsonObject node) =>
        node["type"] is JsonValue v && v.TryGetValue(out string? type) ? type : null;
}
