using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class BadInputTests
{
    private const string ValidMessage = """{"type":"message","id":"1","channelId":"emulator","serviceUrl":"http://127.0.0.1:1","conversation":{"id":"c"},"from":{"id":"u"},"recipient":{"id":"b"},"text":"hi"}""";

    [Theory]
    [InlineData("{\"type\":\"message\",", "malformed JSON")]
    [InlineData("", "empty body")]
    [InlineData("[1,2]", "array")]
    [InlineData("\"message\"", "string")]
    [InlineData("42", "number")]
    [InlineData("null", "null")]
    [InlineData("{}", "no type")]
    [InlineData("{\"type\":\"\"}", "empty type")]
    [InlineData("{\"type\":42}", "type not a string")]
    [InlineData("{\"type\":\"message\",\"conversation\":\"c\"}", "conversation not an object")]
    public async Task BodyThatIsNotAnActivityIs400(string body, string because)
    {
        await using var host = await BotHost.StartAsync(new TestBot());

        var response = await host.PostAsync(body, "application/json");

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, because);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("message", "channelId")]
    [InlineData("message", "serviceUrl")]
    [InlineData("message", "conversation")]
    [InlineData("message", "from")]
    [InlineData("conversationUpdate", "conversation")]
    [InlineData("conversationUpdate", "serviceUrl")]
    [InlineData("invoke", "from")]
    [InlineData("invoke", "name")]
    public async Task ActivityMissingAFieldNeededToReplyIs400(string type, string field)
    {
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);
        var activity = JsonNode.Parse(ValidMessage)!.AsObject();
        activity["type"] = type;
        activity["name"] = "adaptiveCard/action";
        activity.Remove(field);

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Inputs);
    }

    [Theory]
    [InlineData("channelId")]
    [InlineData("conversation.id")]
    [InlineData("from.id")]
    [InlineData("id")]
    public async Task AnIdWithANulCharacterIs400AndRunsNothing(string field)
    {
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);
        var activity = JsonNode.Parse(ValidMessage)!.AsObject();
        JsonObject owner = field.Contains('.') ? activity[field[..field.IndexOf('.')]]!.AsObject() : activity;
        var name = field[(field.IndexOf('.') + 1)..];
        owner[name] = (string?)owner[name] + "\u0000x";

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.Inputs);
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("not a url")]
    public async Task ServiceUrlThatIsNotHttpIs400(string serviceUrl)
    {
        await using var host = await BotHost.StartAsync(new TestBot());
        var activity = JsonNode.Parse(ValidMessage)!.AsObject();
        activity["serviceUrl"] = serviceUrl;

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain; charset=utf-8")]
    public async Task DeclaredNonJsonContentTypeIs415(string contentType)
    {
        await using var host = await BotHost.StartAsync(new TestBot());

        var response = await host.PostAsync(ValidMessage, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json; charset=utf8")]
    [InlineData("application/json; charset=no-such-charset")]
    [InlineData("text/json")]
    [InlineData("application/activity+json")]
    public async Task JsonWithAnyCharsetIsAccepted(string contentType)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());

        var response = await host.PostAsync(ValidMessage.Replace("http://127.0.0.1:1", connector.Url), contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, connector.Requests.Count);
    }

    [Fact]
    public async Task JsonWithAnUnknownCharsetIsReadAsUtf8()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());

        var response = await host.PostAsync(ValidMessage.Replace("http://127.0.0.1:1", connector.Url).Replace("\"hi\"", "\"café – ✓\""), "application/json; charset=x-unknown");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo café – ✓", (string?)connector.Requests[0].Json["text"]);
    }

    [Fact]
    public async Task BodyOverTheLimitIs413()
    {
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Bot:MaxBodyBytes=2048");
        var activity = JsonNode.Parse(ValidMessage)!.AsObject();
        activity["text"] = new string('x', 2100);

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimitIs413()
    {
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Bot:MaxBodyBytes=2048");
        var body = ValidMessage.Replace("\"hi\"", $"\"{new string('x', 2100)}\"");
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(262_144)]
    public async Task ALargeChunkedBodyWithinTheLimitIsReadWhole(int size)
    {
        // No Content-Length, so the body arrives in pieces and the read buffer has to grow; the last character counts.
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        var template = ValidMessage.Replace("http://127.0.0.1:1", connector.Url);
        var padding = size - System.Text.Encoding.UTF8.GetByteCount(template) + "hi".Length - 1;
        var body = template.Replace("\"hi\"", $"\"{new string('x', padding)}!\"");
        Assert.Equal(size, System.Text.Encoding.UTF8.GetByteCount(body));
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)), 1024);
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = "echo " + new string('x', padding) + "!";
        Assert.Contains(connector.Requests, r => (string?)r.Json["text"] == expected);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task NonPostIs405(string method)
    {
        await using var host = await BotHost.StartAsync(new TestBot());

        var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }
}
