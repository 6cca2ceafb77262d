using System.Net;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;
using PolicyBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyBot.Tests.Http;

public sealed class ConnectorClientTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "a:1", "m1", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities/m1")]
    [InlineData("https://smba.trafficmanager.net/amer", "a:1", null, "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("http://localhost:53559", "8a3f|livechat", "x|1", "http://localhost:53559/v3/conversations/8a3f%7Clivechat/activities/x%7C1")]
    [InlineData("http://localhost:53559//", "19:a@thread.tacv2;messageid=1", null, "http://localhost:53559/v3/conversations/19%3Aa%40thread.tacv2%3Bmessageid%3D1/activities")]
    public void ActivitiesUrlKeepsThePathAndEscapesIds(string serviceUrl, string conversationId, string? activityId, string expected)
    {
        Assert.Equal(expected, ConnectorUrls.Activities(serviceUrl, conversationId, activityId).AbsoluteUri);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task TransientFailureIsRetriedUntilItSucceeds(int status)
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Respond = (n, _) => n <= 2 ? (status, new Dictionary<string, string> { ["Retry-After"] = "0" }) : (200, null);
        await using var host = await BotHost.StartAsync(new TestBot());
        var client = host.Services.GetRequiredService<ConnectorClient>();

        var result = await client.SendAsync(Reply(connector.Url), default);

        Assert.Equal("reply-3", result?.Id);
        Assert.Equal(3, connector.Requests.Count);
        Assert.Single(connector.Requests.Select(r => r.Body).Distinct());
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    public async Task PermanentFailureIsNotRetried(int status)
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Respond = (_, _) => (status, null);
        await using var host = await BotHost.StartAsync(new TestBot());
        var client = host.Services.GetRequiredService<ConnectorClient>();

        var result = await client.SendAsync(Reply(connector.Url), default);

        Assert.Null(result);
        Assert.Single(connector.Requests);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData(" \r\n", null)]
    [InlineData("accepted", null)]
    [InlineData("{\"id\":\"1:abc\"}", "1:abc")]
    [InlineData("\uFEFF{\"id\":\"1:bom\"}", "1:bom")]
    [InlineData("{\"id\":\"1:caf\u00e9\"}", "1:caf\u00e9")]
    public async Task AnyBodyOfA2xxIsDeliveredWithTheIdWhenThereIsOne(string body, string? id)
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Body = _ => System.Text.Encoding.UTF8.GetBytes(body);
        await using var host = await BotHost.StartAsync(new TestBot());
        var client = host.Services.GetRequiredService<ConnectorClient>();

        var result = await client.SendAsync(Reply(connector.Url), default);

        Assert.NotNull(result);
        Assert.Equal(id, result.Id);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task AChannelThatStallsAfterItsHeadersIsAnAttemptThatTimedOutAndIsRetried()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.BodyStall = n => n == 1 ? TimeSpan.FromSeconds(30) : TimeSpan.Zero;
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Connector:RequestTimeout=00:00:01", "Connector:MaxRetries=1", "Connector:RetryBaseDelay=00:00:00.050");
        var client = host.Services.GetRequiredService<ConnectorClient>();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await client.SendAsync(Reply(connector.Url), default);

        Assert.NotNull(result);
        Assert.Equal(2, connector.Requests.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task RetriesAreBounded()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Respond = (_, _) => (429, null);
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Connector:MaxRetries=2");
        var client = host.Services.GetRequiredService<ConnectorClient>();

        var result = await client.SendAsync(Reply(connector.Url), default);

        Assert.Null(result);
        Assert.Equal(3, connector.Requests.Count);
    }

    [Fact]
    public async Task UnreachableChannelIsReportedNotThrown()
    {
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Connector:MaxRetries=1");
        var client = host.Services.GetRequiredService<ConnectorClient>();

        var result = await client.SendAsync(Reply("http://127.0.0.1:1"), default);

        Assert.Null(result);
        Assert.Contains(host.Logs.Lines, l => l.Contains("[203]"));
    }

    [Fact]
    public async Task UpdatePutsTheActivityToItsOwnId()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        var client = host.Services.GetRequiredService<ConnectorClient>();

        await client.UpdateAsync(Reply(connector.Url) with { Id = "1:card;x" }, default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/a%3Aconv/activities/1%3Acard%3Bx", request.RawTarget);
        Assert.Equal("1:card;x", (string?)request.Json["id"]);
    }

    [Fact]
    public async Task TokenFromTheProviderIsSentAsBearer()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot(), b => b.Services.AddSingleton<IOutboundTokenProvider>(new FixedToken()));
        var client = host.Services.GetRequiredService<ConnectorClient>();

        await client.SendAsync(Reply(connector.Url), default);

        Assert.Equal("Bearer t0ken", connector.Requests.Single().Headers["Authorization"]);
    }

    [Fact]
    public async Task AReplyGoesOutAsUtf8JsonWithItsLengthAndTheSerializersBytes()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        var client = host.Services.GetRequiredService<ConnectorClient>();
        var reply = Reply(connector.Url) with { Text = "Één foto \"delen\" <at>Anna</at> – ja 👍" };

        await client.SendAsync(reply, default);

        var request = connector.Requests.Single();
        var expected = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(reply, ProtocolJson.Options);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal(expected.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Headers["Content-Length"]);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), request.Body);
    }

    private static Activity Reply(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:conv" },
        Text = "hello",
    };

    private sealed class FixedToken : IOutboundTokenProvider
    {
        public Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>("t0ken");
    }
}
