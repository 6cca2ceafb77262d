using System.Text.Json.Nodes;

namespace PolicyBot.Cards;

/// <summary>
/// The buttons that change state as Teams' Universal Actions: each <c>Action.Submit</c> that answers a card's question
/// (data <c>{"verb":"choice", …, "prompt": …}</c>) or acts on a ticket (<c>take-ticket</c>, <c>close-ticket</c>,
/// <c>suggest-ticket</c>) becomes an
/// <c>Action.Execute</c> with the same verb and data, and the <c>Action.Submit</c> as its <c>fallback</c> for Teams
/// clients without Universal Actions (Teams' own advice for backward compatibility). Teams then sends the press as an
/// <c>adaptiveCard/action</c> invoke, and the bot's answer replaces the card in place. Other buttons (help, back,
/// topics) stay <c>Action.Submit</c>.
/// </summary>
public static class UniversalActions
{
    public const string ExecuteType = "Action.Execute";
    public const string AnswerVerb = "choice";
    public const string TakeTicketVerb = "take-ticket";
    public const string CloseTicketVerb = "close-ticket";
    public const string SuggestTicketVerb = "suggest-ticket";

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
                    if (array[i] is JsonObject action && VerbOf(action) is { } verb) array[i] = Execute(action, verb);
                    else Walk(array[i]);
                }
                break;
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList()) Walk(child);
                break;
        }
    }

    /// <summary>The verb of a submit that changes state (an answer to the card's question, a ticket taken), or null.</summary>
    private static string? VerbOf(JsonObject action)
    {
        if ((string?)action["type"] != "Action.Submit" || action["data"] is not JsonObject data) return null;
        var verb = data["verb"] is JsonValue value && value.TryGetValue<string>(out var name) ? name : null;
        return verb switch
        {
            AnswerVerb when data["prompt"] is JsonValue => verb,
            TakeTicketVerb or CloseTicketVerb or SuggestTicketVerb => verb,
            _ => null,
        };
    }

    private static JsonObject Execute(JsonObject submit, string verb)
    {
        var data = (JsonObject)submit["data"]!;
        return new JsonObject
        {
            ["type"] = ExecuteType,
            ["title"] = submit["title"]?.DeepClone(),
            ["verb"] = verb,
            ["data"] = data.DeepClone(),
            ["fallback"] = submit.DeepClone(),
        };
    }
}
