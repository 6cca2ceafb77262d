using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class InvokeTests
{
    private static JsonObject ExecuteValue(string type = "Action.Execute") => new()
    {
        ["action"] = new JsonObject { ["type"] = type, ["id"] = "a1", ["verb"] = "answer", ["data"] = new JsonObject { ["choice"] = "b" } },
        ["trigger"] = "manual",
    };

    [Fact]
    public async Task AdaptiveCardActionRunsASubmitTurnAndAnswersWithAMessageInvokeResponse()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        var response = await host.PostActivityAsync(TestActivities.Invoke(connector.Url, "adaptiveCard/action", ExecuteValue()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("""submitted {"choice":"b"}""", (string?)body["value"]);
        var input = Assert.Single(bot.Inputs);
        Assert.Equal(TurnKind.Message, input.Kind);
        Assert.Equal("""{"choice":"b"}""", input.Value!.Value.GetRawText());
        Assert.Equal(2, connector.Requests.Count);
    }

    public static TheoryData<JsonNode?, string> MalformedValues => new()
    {
        { null, "BadRequest" },
        { JsonValue.Create("text"), "BadRequest" },
        { new JsonObject { ["trigger"] = "manual" }, "BadRequest" },
        { ExecuteValue("Action.Submit"), "NotSupported" },
    };

    [Theory]
    [MemberData(nameof(MalformedValues))]
    public async Task MalformedAdaptiveCardActionIsRejectedWithAnErrorBody(JsonNode? value, string code)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        var response = await host.PostActivityAsync(TestActivities.Invoke(connector.Url, "adaptiveCard/action", value?.DeepClone()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal(code, (string?)body["value"]!["code"]);
        Assert.False(string.IsNullOrEmpty((string?)body["value"]!["message"]));
        Assert.Empty(bot.Inputs);
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("composeExtension/query")]
    [InlineData("signin/verifyState")]
    public async Task UnknownInvokeNameReturns501(string name)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        var response = await host.PostActivityAsync(TestActivities.Invoke(connector.Url, name, new JsonObject()));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(bot.Inputs);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task InvokeWithExpectRepliesBuffersTheInvokeResponseAfterTheReplies()
    {
        await using var host = await BotHost.StartAsync(new TestBot());

        var response = await host.PostActivityAsync(TestActivities.Invoke("http://127.0.0.1:1", "adaptiveCard/action", ExecuteValue()).ExpectReplies());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Equal(["message", "message", "invokeResponse"], activities.Select(a => (string?)a!["type"]));
        Assert.Equal(200, (int?)activities[2]!["value"]!["status"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)activities[2]!["value"]!["body"]!["type"]);
    }
}
