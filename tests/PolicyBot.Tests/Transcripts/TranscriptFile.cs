using System.Text.Json.Nodes;

namespace PolicyBot.Tests.Transcripts;

/// <summary>
/// A <c>.transcript</c> as the Emulator saves it (PROTOCOL.md §5.5): a flat array of activities, or an object with a
/// <c>transcript</c> array. Items without a <c>type</c> are skipped. Split into turns: one user activity and the bot
/// activities that follow it.
/// </summary>
public sealed record TranscriptTurn(JsonObject User, List<JsonObject> Bot);

public static class TranscriptFile
{
    public static List<TranscriptTurn> Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path));
        var items = (root as JsonArray ?? root?["transcript"] as JsonArray)
            ?? throw new InvalidDataException($"{path}: expected a JSON array of activities or {{\"transcript\": [...]}}");
        var turns = new List<TranscriptTurn>();
        foreach (var activity in items.OfType<JsonObject>().Where(a => a["type"] is not null))
        {
            if (IsFromUser(activity)) turns.Add(new TranscriptTurn(activity, []));
            else if (turns.Count > 0) turns[^1].Bot.Add(activity);
        }
        return turns;
    }

    // User → bot: the bot is the recipient (the Emulator marks both roles).
    private static bool IsFromUser(JsonObject activity) =>
        (string?)activity["recipient"]?["role"] == "bot" || (string?)activity["from"]?["role"] == "user";
}
