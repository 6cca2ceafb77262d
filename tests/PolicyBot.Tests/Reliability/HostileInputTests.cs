using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// Bad input beyond <c>Http/BadInputTests</c>, against the real dialogs: every body gets the right status or a polite
/// reply, never a 500, never the error reply, never a crash.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string[] ErrorReplyTexts = ["something went wrong on our side", "er ging aan onze kant iets mis"];

    [Fact]
    public async Task TruncatedBodiesAre400()
    {
        await using var host = await BotHost.StartAsync(new TestBot());
        var body = TestActivities.Message("http://127.0.0.1:1", "may I share a photo?").ToJsonString();

        foreach (var length in new[] { 1, 2, 10, body.Length / 2, body.Length - 2, body.Length - 1 })
        {
            var response = await host.PostAsync(body[..length], "application/json");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"cut at {length}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData(10_000, HttpStatusCode.BadRequest)]
    [InlineData(65, HttpStatusCode.BadRequest)]
    [InlineData(40, HttpStatusCode.OK)]
    public async Task DeeplyNestedValueIsRejectedBeyondTheParserDepth(int depth, HttpStatusCode expected)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var body = TestActivities.Message(connector.Url, null).ToJsonString()
            .Replace("\"text\":null", "\"value\":" + new string('[', depth) + new string(']', depth));

        var response = await host.PostAsync(body, "application/json");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK) AssertPoliteReply(connector);
    }

    [Theory]
    [InlineData("text", "42")]
    [InlineData("text", "{\"a\":1}")]
    [InlineData("from", "\"29:user\"")]
    [InlineData("entities", "{}")]
    [InlineData("entities", "[1,\"x\"]")]
    [InlineData("attachments", "\"x\"")]
    [InlineData("locale", "5")]
    [InlineData("channelData", "[]")]
    [InlineData("timestamp", "\"yesterday\"")]
    [InlineData("membersAdded", "7")]
    public async Task WrongTypedFieldIsRejectedOrIgnoredButNever500(string field, string json)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var activity = TestActivities.Message(connector.Url, "hello");
        activity[field] = JsonNode.Parse(json);

        var response = await host.PostActivityAsync(activity);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        if (response.StatusCode == HttpStatusCode.OK) AssertPoliteReply(connector);
    }

    [Theory]
    [InlineData("message", "entities")]
    [InlineData("message", "attachments")]
    [InlineData("conversationUpdate", "membersAdded")]
    [InlineData("conversationUpdate", "membersRemoved")]
    public async Task NullInsideAListIs400NotA500(string type, string list)
    {
        await using var host = await BotHost.StartAsync(null);
        var activity = TestActivities.Message("http://127.0.0.1:1", "hello");
        activity["type"] = type;
        activity[list] = new JsonArray(null, new JsonObject { ["id"] = "x", ["type"] = "mention" });

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("\"entities\":[{\"type\":\"mention\",\"mentioned\":\"x\",\"text\":5}]")]
    [InlineData("\"entities\":[{\"type\":\"mention\"},{\"type\":\"mention\",\"mentioned\":{\"id\":7}}]")]
    public async Task MalformedMentionEntityIsTolerated(string entities)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var body = TestActivities.Message(connector.Url, "<at>PolicyBot</at> hello").ToJsonString().Replace("\"locale\"", entities + ",\"locale\"");

        var response = await host.PostAsync(body, "application/json");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        if (response.StatusCode == HttpStatusCode.OK) AssertPoliteReply(connector);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "an invalid two-byte sequence")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "bytes that never occur in UTF-8")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "an encoded surrogate")]
    public async Task InvalidUtf8IsRejected(byte[] garbage, string because)
    {
        await using var host = await BotHost.StartAsync(new TestBot());
        var body = Encoding.UTF8.GetBytes(TestActivities.Message("http://127.0.0.1:1", "XX").ToJsonString());
        var at = Array.IndexOf(body, (byte)'X');
        var bytes = body[..at].Concat(garbage).Concat(body[(at + 2)..]).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var response = await host.Client.PostAsync("/api/messages", content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00 tail")]
    [InlineData("head \\ud83d")]
    [InlineData("\\udc00\\ud800")]
    [InlineData("\\u0000\\u0001\\u001f")]
    public async Task LoneSurrogatesAndControlCharactersInTextNeverCrash(string escapedText)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var body = TestActivities.Message(connector.Url, "PLACEHOLDER").ToJsonString().Replace("PLACEHOLDER", escapedText);

        var response = await host.PostAsync(body, "application/json");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        if (response.StatusCode == HttpStatusCode.OK) AssertPoliteReply(connector);
    }

    [Fact]
    public async Task HugeTextJustUnderTheBodyLimitGetsAnAnswerInTime()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var words = string.Join(' ', Enumerable.Repeat("mag ik een foto van een klant delen op linkedin", 4_500));

        var started = DateTime.UtcNow;
        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, words));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "a 200 KB question took too long");
        AssertPoliteReply(connector);
    }

    [Theory]
    [InlineData("<at>PolicyBot</at>")]
    [InlineData("  <at>PolicyBot</at>  ")]
    [InlineData("<at>PolicyBot</at><at>PolicyBot</at>")]
    public async Task TextOfOnlyTheBotMentionGetsAPoliteReply(string text)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var activity = TestActivities.Message(connector.Url, text);
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["id"] = "19:general@thread.tacv2;messageid=1";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>PolicyBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "PolicyBot" },
        });

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPoliteReply(connector);
    }

    [Theory]
    [InlineData("\"just a string\"")]
    [InlineData("[1,2,3]")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("{\"choice\":5}")]
    [InlineData("{\"choice\":{\"nested\":true}}")]
    [InlineData("{\"choice\":\"no-such-choice\"}")]
    [InlineData("{\"choice\":\"cmd:no-such-command\"}")]
    [InlineData("{\"verb\":123,\"choice\":null}")]
    [InlineData("{\"choice\":\"\"}")]
    public async Task CardSubmitValueOfTheWrongShapeGetsAPoliteReply(string value)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:wrong-shape");
        await chat.PressAsync("cmd:check");
        var activity = TestActivities.Message(connector.Url, null);
        activity.Remove("text");
        activity["id"] = "wrong-shape-submit";
        activity["conversation"]!["id"] = "a:wrong-shape";
        activity["value"] = JsonNode.Parse(value);
        var before = connector.Requests.Count;

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPoliteReply(connector, before);
    }

    /// <summary>At least one reply was posted since <paramref name="since"/>, and none of them is the error reply.</summary>
    private static void AssertPoliteReply(FakeConnector connector, int since = 0)
    {
        var replies = connector.Requests.Skip(since).Select(r => r.Json).Messages().ToList();
        Assert.NotEmpty(replies);
        Assert.DoesNotContain(replies, r => ErrorReplyTexts.Any(e => r.AllText().Contains(e, StringComparison.Ordinal)));
    }
}
