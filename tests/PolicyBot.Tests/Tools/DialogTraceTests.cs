using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Tools;

public sealed class DialogTraceTests
{
    [Fact]
    public async Task EveryEmulatorMessageTurnEndsWithTheDialogStackTrace()
    {
        await using var host = await BotHost.StartAsync(null);

        var first = await ExpectRepliesAsync(host, "check my post");
        var trace = first.Last(a => (string?)a!["type"] == "trace");

        Assert.Equal(DialogTrace.Name, (string?)trace!["name"]);
        Assert.Equal(DialogTrace.ValueType, (string?)trace["valueType"]);
        var stack = trace["value"]!["stack"]!.AsArray();
        Assert.Contains(stack, d => (string?)d!["id"] == "guided-check");
        Assert.DoesNotContain("check my post", trace.ToJsonString());
    }

    [Fact]
    public async Task TheDialogTraceNeverShowsTheTypedHandoffQuestion()
    {
        await using var host = await BotHost.StartAsync(null);

        await ExpectRepliesAsync(host, "talk to someone");
        await ExpectRepliesAsync(host, "1");
        var replies = await ExpectRepliesAsync(host, "A reporter from the Daily Planet wants a quote about layoffs");
        var traces = replies.Where(a => (string?)a!["name"] == DialogTrace.Name).ToList();

        Assert.NotEmpty(traces);
        Assert.DoesNotContain("Daily Planet", string.Concat(traces.Select(t => t!.ToJsonString())));
    }

    [Fact]
    public async Task TracesStayOffTeams()
    {
        await using var host = await BotHost.StartAsync(null);

        var replies = await ExpectRepliesAsync(host, "check my post", channelId: "msteams");

        Assert.DoesNotContain(replies, a => (string?)a!["type"] == "trace");
    }

    private static async Task<JsonArray> ExpectRepliesAsync(BotHost host, string text, string channelId = "emulator")
    {
        var activity = TestActivities.Message("http://127.0.0.1:9", text, conversationId: "conv-trace", channelId: channelId).ExpectReplies();
        using var response = await host.PostActivityAsync(activity);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
    }
}
