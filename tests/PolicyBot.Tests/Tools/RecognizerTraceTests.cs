using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Insights;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Tools;

/// <summary>DESIGN.md: on the emulator channel every message turn that ran the recognizer sends one recognizer trace.</summary>
public sealed class RecognizerTraceTests
{
    [Fact]
    public async Task ATypedAnswerInTheCheckSendsOneRecognizerTraceAndCountsAsNoQuestion()
    {
        await using var host = await BotHost.StartAsync(null);

        await SayAsync(host, "check my post");
        await SayAsync(host, "photo");
        var answer = await SayAsync(host, "ja");

        var trace = Assert.Single(RecognizerTraces(answer));
        Assert.Equal("ja", (string?)trace["value"]!["text"]);
        Assert.Equal(RecognizerTrace.NotUsed, (string?)trace["value"]!["outcome"]);
        Assert.Equal("trace", (string?)answer[0]!["type"]);
        Assert.Empty(await UsageAsync(host));
    }

    [Fact]
    public async Task OnAChannelOtherThanTheEmulatorTheTraceLeavesTheEmployeesWordsOut()
    {
        await using var host = await BotHost.StartAsync(null, settings: "Bot:EmitTraces=true");
        var activity = TestActivities.Message("http://127.0.0.1:9", "mag ik een foto van een klant delen?", conversationId: "conv-trace-teams", channelId: "msteams").ExpectReplies();

        using var response = await host.PostActivityAsync(activity);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();

        var trace = Assert.Single(RecognizerTraces(replies));
        Assert.NotNull((string?)trace["value"]!["topic"]);
        Assert.Null((string?)trace["value"]!["text"]);
        Assert.DoesNotContain("klant", trace.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuizTriggerSendsOneRecognizerTrace()
    {
        await using var host = await BotHost.StartAsync(null);

        var replies = await SayAsync(host, "quiz");

        Assert.Equal(RecognizerTrace.NotUsed, (string?)Assert.Single(RecognizerTraces(replies))["value"]!["outcome"]);
        Assert.Empty(await UsageAsync(host));
    }

    [Fact]
    public async Task AQuestionInTheCheckAndAQuestionOutsideItAreCountedOnceEach()
    {
        await using var host = await BotHost.StartAsync(null);

        await SayAsync(host, "check my post");
        var inCheck = await SayAsync(host, "is it a problem if I say no to liking company posts?");
        await SayAsync(host, "stop");
        var unmatched = await SayAsync(host, "how do I book a meeting room for tomorrow");

        var answered = Assert.Single(RecognizerTraces(inCheck))["value"]!;
        Assert.Equal(("voluntary-participation", RecognizerTrace.Answered), ((string?)answered["topic"], (string?)answered["outcome"]));
        Assert.Equal(RecognizerTrace.Unmatched, (string?)Assert.Single(RecognizerTraces(unmatched))["value"]!["outcome"]);
        var usage = await UsageAsync(host);
        Assert.Equal(["topic:voluntary-participation", "unmatched:"], usage.Select(r => $"{r.Kind}:{r.TopicId}").Order());
    }

    [Fact]
    public async Task AButtonPressRunsNoRecognizerAndSendsNoRecognizerTrace()
    {
        await using var host = await BotHost.StartAsync(null);

        var activity = TestActivities.Message("http://127.0.0.1:9", null, conversationId: "conv-trace", channelId: "emulator").ExpectReplies();
        activity["value"] = ButtonActions.ToData(Commands.Topics);
        using var response = await host.PostActivityAsync(activity);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();

        Assert.Empty(RecognizerTraces(replies));
        // The press did run a turn on the emulator: its reply and its dialog trace are there.
        Assert.Contains(replies, a => (string?)a!["type"] == "message");
        Assert.Contains(replies, a => (string?)a!["type"] == "trace" && (string?)a["name"] == DialogTrace.Name);
    }

    private static IEnumerable<JsonNode> RecognizerTraces(JsonArray replies) =>
        replies.Where(a => (string?)a!["type"] == "trace" && (string?)a["name"] == RecognizerTrace.Name).Select(a => a!);

    private static async Task<IReadOnlyList<UsageRecord>> UsageAsync(BotHost host) =>
        await host.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

    private static async Task<JsonArray> SayAsync(BotHost host, string text)
    {
        var activity = TestActivities.Message("http://127.0.0.1:9", text, conversationId: "conv-trace", channelId: "emulator").ExpectReplies();
        using var response = await host.PostActivityAsync(activity);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
    }
}
