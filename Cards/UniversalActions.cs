using System.Text.Json.Nodes;

namespace PolicyBot.Cards;

/// <summary>
/// A question card's answer buttons as Teams' Universal Actions: each <c>Action.Submit</c> that answers the card's
/// question (data <c>{"verb":"choice", …, "prompt": …}</c>) becomes an <c>Action.Execute</c> with the same verb and
/// data, and the <c>Action.Submit</c> as its <c>fallback</c> for Teams clients without Universal Actions (Teams' own
/// advice for backward compatibility). Teams then sends the press as an <c>adaptiveCard/action</c> invoke, and the
/// bot's answer replaces the card in place. Other buttons (help, back, topics) stay <c>Action.Submit</c>.
/// </summary>
public static class UniversalActions
{
    public const string ExecuteType = "Action.Execute";
    public const string AnswerVerb = "choice";

    /// <summary>Changes <paramref name="card"/> in place; the card's version (1.5) already allows <c>Action.Execute</c>.</summary>
    public static JsonObject Apply(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        Walk(card);
        return card;
    }

    private static void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject action && IsAnswer(action)) array[i] = Execute(action);
                    else Walk(array[i]);
                }
                break;
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList()) Walk(child);
                break;
        }
    }

    private static bool IsAnswer(JsonObject action) =>
        (string?)action["type"] == "Action.Submit"
        && action["data"] is JsonObject data
        && data["verb"] is JsonValue verb && verb.TryGetValue<string>(out var name) && name == AnswerVerb
        && data["prompt"] is JsonValue;

    private static JsonObject Execute(JsonObject submit)
    {
        var data = (JsonObject)submit["data"]!;
        return new JsonObject
        {
            ["type"] = ExecuteType,
            ["title"] = submit["title"]?.DeepClone(),
            ["verb"] = AnswerVerb,
            ["data"] = data.DeepClone(),
            ["fallback"] = submit.DeepClone(),
        };
    }
}
