using System.Net;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class ReplyAddressingTests
{
    [Fact]
    public async Task ReplyIsPostedToTheEscapedReplyUrlWithSwappedAddressing()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        var activity = TestActivities.Message(connector.Url, "hello", conversationId: "19:abc@thread.tacv2;messageid=42|x");
        activity["id"] = "1:msg;id";

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var request = connector.Requests[0];
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D42%7Cx/activities/1%3Amsg%3Bid", request.RawTarget);
        var reply = request.Json;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("echo hello", (string?)reply["text"]);
        Assert.Equal(TestActivities.BotId, (string?)reply["from"]!["id"]);
        Assert.Equal(TestActivities.UserId, (string?)reply["recipient"]!["id"]);
        Assert.Equal("19:abc@thread.tacv2;messageid=42|x", (string?)reply["conversation"]!["id"]);
        Assert.Equal("tenant-1", (string?)reply["conversation"]!["tenantId"]);
        Assert.Equal("1:msg;id", (string?)reply["replyToId"]);
        Assert.Equal("msteams", (string?)reply["channelId"]);
        Assert.Equal(connector.Url, (string?)reply["serviceUrl"]);
        Assert.Null(reply["id"]);
    }

    [Theory]
    [InlineData("", "/v3/conversations/a%3Aconv-1/activities/activity-1")]
    [InlineData("/", "/v3/conversations/a%3Aconv-1/activities/activity-1")]
    [InlineData("/amer", "/amer/v3/conversations/a%3Aconv-1/activities/activity-1")]
    [InlineData("/amer/", "/amer/v3/conversations/a%3Aconv-1/activities/activity-1")]
    public async Task ServiceUrlPathIsKeptAndJoinedWithExactlyOneSlash(string suffix, string expectedTarget)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());

        await host.PostActivityAsync(TestActivities.Message(connector.Url + suffix, "hi"));

        Assert.Equal(2, connector.Requests.Count);
        Assert.All(connector.Requests, r => Assert.Equal(expectedTarget, r.RawTarget));
    }

    [Fact]
    public async Task RepliesAreSentInOrderAsJsonWithoutAuthorizationInAnonymousMode()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(["echo hi", "turn 1"], connector.Requests.Select(r => (string?)r.Json["text"]));
        Assert.All(connector.Requests, r =>
        {
            Assert.False(r.Headers.ContainsKey("Authorization"));
            Assert.Equal("application/json; charset=utf-8", r.Headers["Content-Type"]);
        });
    }

    [Fact]
    public async Task ActivityWithoutIdIsAnsweredByAppendingToTheConversation()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        var activity = TestActivities.Message(connector.Url, "hi");
        activity.Remove("id");

        await host.PostActivityAsync(activity);

        Assert.Equal("/v3/conversations/a%3Aconv-1/activities", connector.Requests[0].RawTarget);
        Assert.Null(connector.Requests[0].Json["replyToId"]);
    }

    [Fact]
    public async Task PromptCarriesAdaptiveCardExpectingInputAndTheReplyLocale()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "choose"));

        var reply = connector.Requests.Single().Json;
        Assert.Null(reply["text"]);
        Assert.Equal("expectingInput", (string?)reply["inputHint"]);
        Assert.Equal("nl-NL", (string?)reply["locale"]);
        var attachment = reply["attachments"]!.AsArray().Single()!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        Assert.Equal("a", (string?)attachment["content"]!["actions"]![0]!["data"]!["choice"]);
        Assert.Equal("Pick one", (string?)attachment["content"]!["fallbackText"]);
    }

    [Fact]
    public async Task PlainReplyHasNoAttachmentAndAcceptsInput()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        var reply = connector.Requests[0].Json;
        Assert.Null(reply["attachments"]);
        Assert.Equal("acceptingInput", (string?)reply["inputHint"]);
        Assert.Equal("en-US", (string?)reply["locale"]);
    }
}
