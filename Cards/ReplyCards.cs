using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>Turns a dialog reply into an Adaptive Card (schema 1.5, what Teams renders).</summary>
public static class ReplyCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// The Adaptive Card for <paramref name="reply"/>, or null when plain text says it all (no card model,
    /// no choices, no links). Choice buttons are <c>Action.Submit</c> with <c>data = {"choice": Choice.Value}</c>.
    /// </summary>
    public static JsonObject? Build(MessageReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        // Placeholder until the Cards work lands: only the prompt shape.
        if (reply.Card is null && reply.Choices.Count == 0 && reply.Links.Count == 0) return null;
        var actions = new JsonArray();
        foreach (var choice in reply.Choices)
            actions.Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = choice.Title, ["data"] = new JsonObject { ["choice"] = choice.Value } });
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = reply.Text, ["wrap"] = true }),
            ["actions"] = actions,
        };
    }
}
