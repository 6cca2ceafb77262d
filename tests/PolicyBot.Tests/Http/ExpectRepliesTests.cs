using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class ExpectRepliesTests
{
    [Fact]
    public async Task ExpectRepliesReturnsAllRepliesInOrder()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi", channelId: "emulator").ExpectReplies());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var activities = (await ReadAsync(response))["activities"]!.AsArray();
        Assert.Equal(["echo hi", "turn 1"], activities.Select(a => (string?)a!["text"]));
        Assert.All(activities, a =>
        {
            Assert.Equal("activity-1", (string?)a!["replyToId"]);
            Assert.Equal(TestActivities.BotId, (string?)a["from"]!["id"]);
        });
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task ExpectRepliesWorksWithoutAServiceUrl()
    {
        await using var host = await BotHost.StartAsync(new TestBot());
        var activity = TestActivities.Message("unused", "hi").ExpectReplies();
        activity.Remove("serviceUrl");

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await ReadAsync(response))["activities"]!.AsArray().Count);
    }

    [Fact]
    public async Task TraceIsSentOnTheEmulatorChannel()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "trace", channelId: "emulator"));

        var trace = connector.Requests[0].Json;
        Assert.Equal("trace", (string?)trace["type"]);
        Assert.Equal("PolicyBot.Test", (string?)trace["name"]);
        Assert.Equal("Test trace", (string?)trace["label"]);
        Assert.Equal("policybot/test", (string?)trace["valueType"]);
        Assert.Equal(1, (int?)trace["value"]!["turn"]);
        Assert.Equal("activity-1", (string?)trace["replyToId"]);
        Assert.Equal(["trace", "message", "message"], connector.Requests.Select(r => (string?)r.Json["type"]));
    }

    [Fact]
    public async Task TraceIsNotSentOnTeams()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "trace", channelId: "msteams"));

        Assert.Equal(["message", "message"], connector.Requests.Select(r => (string?)r.Json["type"]));
    }

    [Fact]
    public async Task EmitTracesOptionSendsTracesOnEveryChannel()
    {
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Bot:EmitTraces=true");

        var response = await host.PostActivityAsync(TestActivities.Message("http://127.0.0.1:1", "trace").ExpectReplies());

        var types = (await ReadAsync(response))["activities"]!.AsArray().Select(a => (string?)a!["type"]);
        Assert.Equal(["trace", "message", "message"], types);
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}
