using System.Text.Json.Nodes;

namespace PolicyBot.Cards;

/// <summary>
/// The cheap checks of PROTOCOL §8 for a card sent to Teams (schema ≤ 1.5): known types, absolute OpenUrl urls,
/// object submit data, unique ids and the size budget. Not a schema validator.
/// </summary>
public static class CardValidator
{
    public static readonly Version MaxVersion = new(1, 5);

    private static readonly HashSet<string> Elements =
    [
        "TextBlock", "RichTextBlock", "FactSet", "ColumnSet", "Column", "Container", "Image", "ImageSet", "ActionSet",
        "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
    ];

    private static readonly HashSet<string> Actions =
        ["Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute"];

    /// <summary>Every problem found, as <c>path: message</c>; empty when the card passes.</summary>
    public static IReadOnlyList<string> Validate(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);

        if (card["version"] is not JsonValue v || !v.TryGetValue(out string? version))
            problems.Add("$: version is missing");
        else if (!Version.TryParse(version, out var parsed) || parsed > MaxVersion)
            problems.Add($"$: version {version} is not 1.5 or lower");
        WalkCard(card, "$", problems, ids);

        var size = CardLimits.SizeInBytes(card);
        if (size > CardLimits.MaxCardBytes) problems.Add($"$: card is {size} bytes, over {CardLimits.MaxCardBytes}");
        return problems;
    }

    private static void WalkCard(JsonObject card, string path, List<string> problems, HashSet<string> ids)
    {
        if (TypeOf(card) != "AdaptiveCard") problems.Add($"{path}: type must be AdaptiveCard");
        Each(card["body"], $"{path}.body", (e, p) => WalkElement(e, p, problems, ids), problems);
        Each(card["actions"], $"{path}.actions", (a, p) => WalkAction(a, p, problems, ids), problems);
    }

    private static void WalkElement(JsonObject element, string path, List<string> problems, HashSet<string> ids)
    {
        var type = TypeOf(element);
        if (type is null || !Elements.Contains(type)) problems.Add($"{path}: unknown element type '{type}'");
        CheckId(element, path, problems, ids, required: type?.StartsWith("Input.", StringComparison.Ordinal) == true);

        foreach (var children in new[] { "items", "columns", "images" })
            Each(element[children], $"{path}.{children}", (e, p) => WalkElement(e, p, problems, ids), problems);
        if (type == "ActionSet")
            Each(element["actions"], $"{path}.actions", (a, p) => WalkAction(a, p, problems, ids), problems);
        if (element["selectAction"] is JsonObject select) WalkAction(select, $"{path}.selectAction", problems, ids);
        if (element["fallback"] is JsonObject fallback) WalkElement(fallback, $"{path}.fallback", problems, ids);
    }

    private static void WalkAction(JsonObject action, string path, List<string> problems, HashSet<string> ids)
    {
        var type = TypeOf(action);
        if (type is null || !Actions.Contains(type)) problems.Add($"{path}: unknown action type '{type}'");
        CheckId(action, path, problems, ids, required: false);

        var url = action["url"] is JsonValue u && u.TryGetValue(out string? s) ? s : null;
        if (type == "Action.OpenUrl" && !CardElements.IsOpenable(url))
            problems.Add($"{path}: Action.OpenUrl needs an absolute url");
        if (type == "Action.Submit" && action["data"] is not JsonObject)
            problems.Add($"{path}: Action.Submit data must be an object (Web Chat drops anything else)");
        if (type == "Action.Execute" && action["data"] is { } data && data is not JsonObject)
            problems.Add($"{path}: Action.Execute data must be an object");
        if (type == "Action.ShowCard")
        {
            if (action["card"] is JsonObject nested) WalkCard(nested, $"{path}.card", problems, ids);
            else problems.Add($"{path}: Action.ShowCard needs a card");
        }
        if (action["fallback"] is JsonObject fallback) WalkAction(fallback, $"{path}.fallback", problems, ids);
    }

    private static void CheckId(JsonObject node, string path, List<string> problems, HashSet<string> ids, bool required)
    {
        var id = node["id"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;
        if (string.IsNullOrEmpty(id))
        {
            if (required) problems.Add($"{path}: input needs an id");
        }
        else if (!ids.Add(id)) problems.Add($"{path}: id '{id}' is not unique");
    }

    private static void Each(JsonNode? list, string path, Action<JsonObject, string> walk, List<string> problems)
    {
        if (list is null) return;
        if (list is not JsonArray array)
        {
            problems.Add($"{path}: must be an array");
            return;
        }
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item) walk(item, $"{path}[{i}]");
            else problems.Add($"{path}[{i}]: must be an object");
        }
    }

    private static string? TypeOf(JsonObject node) =>
        node["type"] is JsonValue v && v.TryGetValue(out string? type) ? type : null;
}
