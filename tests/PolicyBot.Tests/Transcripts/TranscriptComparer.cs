using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PolicyBot.Tests.Transcripts;

/// <summary>
/// What counts when a replayed reply is compared with a recorded one (PROTOCOL.md §5.5): type, text (spacing
/// normalised), attachments (content type and card JSON without volatile values), suggested actions, and for events
/// their name and value. Ids, timestamps, conversation ids, serviceUrl, replyToId and recipients are ignored, and so
/// are traces unless the recorded trace says <c>"assert": true</c>.
/// </summary>
public static partial class TranscriptComparer
{
    private static readonly HashSet<string> Volatile = ["id", "timestamp", "localTimestamp", "ticketId", "relatesTo", "conversation", "serviceUrl", "replyToId", "recipient", "from"];

    public static bool Compared(JsonObject activity) => (string?)activity["type"] != "trace" || (bool?)activity["assert"] == true;

    public static JsonObject Project(JsonObject activity)
    {
        var projected = new JsonObject { ["type"] = (string?)activity["type"] };
        if (activity["name"] is { } name) projected["name"] = name.DeepClone();
        if ((string?)activity["text"] is { } text && text.Length > 0) projected["text"] = Spaces().Replace(text, " ").Trim();
        if (activity["attachments"] is JsonArray attachments)
        {
            projected["attachments"] = new JsonArray([.. attachments.Select(a => (JsonNode)new JsonObject
            {
                ["contentType"] = (string?)a?["contentType"],
                ["content"] = Clean(a?["content"]),
            })]);
        }
        if (activity["suggestedActions"] is { } suggested) projected["suggestedActions"] = Clean(suggested);
        if ((string?)activity["type"] is "event" or "trace" && activity["value"] is { } value) projected["value"] = Clean(value);
        return projected;
    }

    /// <summary>The first line where <paramref name="expected"/> and <paramref name="actual"/> differ, or null.</summary>
    public static string? FirstDifference(IReadOnlyList<JsonObject> expected, IReadOnlyList<JsonObject> actual)
    {
        var left = Lines(expected);
        var right = Lines(actual);
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var l = i < left.Count ? left[i] : "(nothing more)";
            var r = i < right.Count ? right[i] : "(nothing more)";
            if (l != r) return $"line {i + 1}:\n  - recorded: {l.Trim()}\n  + replayed: {r.Trim()}";
        }
        return null;
    }

    public static List<string> Lines(IReadOnlyList<JsonObject> activities) =>
        [.. activities.SelectMany((a, i) => new[] { $"reply {i + 1}:" }.Concat(a.ToJsonString(Indented).Split('\n').Select(l => "  " + l.TrimEnd('\r'))))];

    private static JsonNode? Clean(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => !Volatile.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, Clean(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Clean)]),
        JsonValue value when value.TryGetValue<string>(out var s) && Timestamp().IsMatch(s) => JsonValue.Create("<time>"),
        _ => node?.DeepClone(),
    };

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d")]
    private static partial Regex Timestamp();
}
