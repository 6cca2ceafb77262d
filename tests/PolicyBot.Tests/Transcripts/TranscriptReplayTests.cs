using System.Text;
using System.Text.Json.Nodes;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;
using Xunit.Sdk;

namespace PolicyBot.Tests.Transcripts;

/// <summary>
/// Every Emulator transcript in <c>tests/transcripts/</c> replayed against the real bot over HTTP (expectReplies,
/// fresh conversation): the bot must answer as recorded.
/// </summary>
public sealed class TranscriptReplayTests
{
    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder(), "*.transcript").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task TranscriptReplaysAsRecorded(string file)
    {
        var turns = TranscriptFile.Load(Path.Combine(Folder(), file));
        await using var host = await BotHost.StartAsync(null);
        var conversationId = Guid.NewGuid().ToString("N") + "|livechat";
        var log = new StringBuilder($"--- {file} ---\n");

        foreach (var (turn, index) in turns.Select((t, i) => (t, i + 1)))
        {
            log.AppendLine($"{index}. {Describe(turn.User)}");
            var replies = await SendAsync(host, turn.User, conversationId);
            var expected = turn.Bot.Where(TranscriptComparer.Compared).Select(TranscriptComparer.Project).ToList();
            var assertedTraces = expected.Where(e => (string?)e["type"] == "trace").Select(e => (string?)e["name"]).ToHashSet();
            var actual = replies.Where(r => (string?)r["type"] != "trace" || assertedTraces.Contains((string?)r["name"])).Select(TranscriptComparer.Project).ToList();
            foreach (var reply in actual) log.AppendLine($"     bot: {Summary(reply)}");
            if (TranscriptComparer.FirstDifference(expected, actual) is { } difference)
                throw new XunitException($"{file}, turn {index} ({Describe(turn.User)}): the bot answered differently, first difference at {difference}\n\n{log}   ^ here");
        }
    }

    [Fact]
    public void TranscriptsCanBeAnObjectWithATranscriptArray()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policybot-{Guid.NewGuid():N}.transcript");
        File.WriteAllText(path, """{"transcript":[{"type":"message","text":"hi","from":{"role":"user"},"recipient":{"role":"bot"}},{"note":"no type"},{"type":"message","text":"hello","from":{"role":"bot"}}]}""");

        var turns = TranscriptFile.Load(path);

        Assert.Equal("hello", (string?)Assert.Single(Assert.Single(turns).Bot)["text"]);
    }

    [Fact]
    public void ComparisonIgnoresIdsTimesAndConversationButNotText()
    {
        var recorded = JsonNode.Parse("""{"type":"message","id":"1","timestamp":"2026-01-01T00:00:00Z","conversation":{"id":"a"},"text":"Hello  there","replyToId":"x"}""")!.AsObject();
        var same = JsonNode.Parse("""{"type":"message","id":"2","timestamp":"2026-02-02T00:00:00Z","conversation":{"id":"b"},"text":"Hello there"}""")!.AsObject();
        var other = JsonNode.Parse("""{"type":"message","text":"Goodbye"}""")!.AsObject();

        Assert.Null(TranscriptComparer.FirstDifference([TranscriptComparer.Project(recorded)], [TranscriptComparer.Project(same)]));
        Assert.Contains("Goodbye", TranscriptComparer.FirstDifference([TranscriptComparer.Project(recorded)], [TranscriptComparer.Project(other)]));
    }

    private static async Task<List<JsonObject>> SendAsync(BotHost host, JsonObject recorded, string conversationId)
    {
        var activity = recorded.DeepClone().AsObject();
        activity["id"] = Guid.NewGuid().ToString();
        activity["conversation"] = new JsonObject { ["id"] = conversationId };
        activity["deliveryMode"] = "expectReplies";
        using var response = await host.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return body?["activities"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
    }

    private static string Describe(JsonObject user) =>
        (string?)user["type"] != "message" ? (string?)user["type"] ?? "?" : (string?)user["text"] is { } text ? $"user: {text}" : $"press: {user["value"]?.ToJsonString()}";

    private static string Summary(JsonObject reply) =>
        (string?)reply["text"] ?? (reply["attachments"] is JsonArray a ? $"<card: {FirstText(a)}>" : (string?)reply["name"] ?? (string?)reply["type"] ?? "");

    private static string? FirstText(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "TextBlock" => (string?)o["text"],
        JsonObject o => o.Select(p => FirstText(p.Value)).FirstOrDefault(t => t is not null),
        JsonArray a => a.Select(FirstText).FirstOrDefault(t => t is not null),
        _ => null,
    };

    private static string Folder() => Path.Combine(Path.GetDirectoryName(BundledContentTests.BundledContentFolder())!, "..", "tests", "transcripts");
}
