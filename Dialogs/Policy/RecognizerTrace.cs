using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>The recognizer trace of DESIGN.md ("Contracts others rely on"): why the bot chose an answer.</summary>
public static class RecognizerTrace
{
    public const string Name = "PolicyBot.Recognizer";
    public const string ValueType = "policybot/recognizer";

    public static TraceReply Build(TurnContext context, RecognizerResult result)
    {
        var owner = result.Topic is { } id ? context.Content.Topic(id)?.Owner : null;
        var candidates = new JsonArray();
        foreach (var candidate in result.Candidates)
            candidates.Add(new JsonObject { ["topic"] = candidate.Topic, ["score"] = Math.Round(candidate.Score, 4) });
        var value = new JsonObject
        {
            ["text"] = context.Input.Text,
            ["locale"] = context.Input.Locale ?? context.Language.Locale(),
            ["topic"] = result.Topic,
            ["score"] = Math.Round(result.Score, 4),
            ["candidates"] = candidates,
            ["handoff"] = owner,
        };
        var label = result.Topic is null ? "no topic" : $"{result.Topic} ({result.Score:0.00})";
        return new TraceReply(Name, label, ValueType, value);
    }
}
