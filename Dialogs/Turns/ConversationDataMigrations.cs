using System.Globalization;
using System.Text.Json.Nodes;

namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// Brings stored conversation state of an older <see cref="ConversationData.SchemaVersion"/> up to the current one, one
/// version at a time, on the JSON itself. Each step writes the shape of its own version literally, not through
/// today's records: a later change to a record then adds a step rather than changing what an old one reads.
/// </summary>
public static class ConversationDataMigrations
{
    /// <summary>Step <c>n</c> turns version <c>n + 1</c> into <c>n + 2</c>; the list's length plus one is the current version.</summary>
    private static readonly Action<JsonObject>[] Steps = [DialogValuesToStateRecords];

    public const int CurrentVersion = 2;

    /// <summary>Upgrades <paramref name="root"/> in place; false when its version is unknown (newer, or never written).</summary>
    public static bool TryUpgrade(JsonObject root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var version = root["schemaVersion"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : 0;
        if (version < 1 || version > CurrentVersion) return false;
        for (; version < CurrentVersion; version++) Steps[version - 1](root);
        root["schemaVersion"] = CurrentVersion;
        return true;
    }

    /// <summary>
    /// Version 1 kept each dialog's values as strings in <c>values</c> (a check's path comma-joined, its answers under
    /// <c>answer:&lt;step&gt;</c> keys, the quiz's numbers as text); version 2 keeps a typed record in <c>state</c>.
    /// </summary>
    private static void DialogValuesToStateRecords(JsonObject root)
    {
        if (root["dialogs"]?["dialogStack"] is not JsonArray stack) return;
        foreach (var instance in stack.OfType<JsonObject>())
        {
            if (instance["values"] is not JsonObject node) continue;
            instance.Remove("values");
            var values = node.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.ToString(), StringComparer.Ordinal);
            var state = (string?)instance["id"] switch
            {
                "guided-check" => CheckState(values, instance),
                "quiz" => QuizState(values),
                "handoff" => HandoffState(values),
                _ => null,
            };
            if (state is not null) instance["state"] = state;
        }
    }

    private static JsonObject CheckState(Dictionary<string, string> values, JsonObject instance)
    {
        var check = values.GetValueOrDefault("check", "may-i-share");
        // Version 1 began a check with its id only in the values; "start over" begins a dialog with its options now.
        instance["options"] ??= check;
        const string AnswerPrefix = "answer:";
        var answered = new JsonObject();
        foreach (var (key, choice) in values.Where(v => v.Key.StartsWith(AnswerPrefix, StringComparison.Ordinal)))
            answered[key[AnswerPrefix.Length..]] = choice;
        return new JsonObject
        {
            ["checkId"] = check,
            ["stepId"] = values.GetValueOrDefault("step", ""),
            ["path"] = List(values.GetValueOrDefault("path")),
            ["answered"] = answered,
            ["attempts"] = Number(values.GetValueOrDefault("attempts")),
        };
    }

    private static JsonObject QuizState(Dictionary<string, string> values) => new()
    {
        ["questions"] = List(values.GetValueOrDefault("questions")),
        ["index"] = Number(values.GetValueOrDefault("index")),
        ["score"] = Number(values.GetValueOrDefault("score")),
        ["answered"] = Number(values.GetValueOrDefault("answered")),
        ["attempts"] = Number(values.GetValueOrDefault("attempts")),
        ["missedTopics"] = List(values.GetValueOrDefault("missed")),
    };

    /// <summary>
    /// The hand-off's <c>offer</c> was its resolved context as text (<c>marketing?topic=…&amp;check=…&amp;answers=step:choice,…</c>).
    /// A hand-off begun before <c>offer</c> existed kept <c>context</c>, which is not carried over: it ends without it.
    /// </summary>
    private static JsonObject HandoffState(Dictionary<string, string> values)
    {
        var state = new JsonObject { ["ownerId"] = values.GetValueOrDefault("owner"), ["question"] = values.GetValueOrDefault("question") };
        // The offer's text is the format the hand-off's options and older owner buttons still use.
        var offer = ButtonActions.Owner(values.GetValueOrDefault("offer", ""));
        state["topicId"] = offer.TopicId;
        state["checkId"] = offer.CheckId;
        state["answers"] = new JsonArray([.. offer.Answers.Select(a => (JsonNode)new JsonObject { ["step"] = a.Step, ["choice"] = a.Choice })]);
        return state;
    }

    private static JsonArray List(string? commaJoined) =>
        new([.. (commaJoined ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => (JsonNode)JsonValue.Create(s))]);

    private static int Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
