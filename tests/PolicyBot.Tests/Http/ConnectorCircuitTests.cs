using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

/// <summary>A channel that keeps failing is left alone for a while; other channels, and throttling, are not affected.</summary>
public sealed class ConnectorCircuitTests
{
    [Fact]
    public async Task ChannelThatKeepsFailingIsLeftAloneWhileAnotherChannelIsStillCalled()
    {
        await using var failing = await FakeConnector.StartAsync();
        await using var healthy = await FakeConnector.StartAsync();
        failing.Respond = (_, _) => (503, null);
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Connector:MaxRetries=0");
        var client = host.Services.GetRequiredService<ConnectorClient>();

        for (var i = 0; i < 30; i++) Assert.Null(await client.SendAsync(Reply(failing.Url), default));
        var afterBreak = failing.Requests.Count;
        var healthyResult = await client.SendAsync(Reply(healthy.Url), default);

        Assert.InRange(afterBreak, 20, 21);
        Assert.NotNull(healthyResult);
        Assert.Single(host.Logs.Lines, l => l.Contains("[208]", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Contains("[209]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThrottlingNeverOpensTheCircuit()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Respond = (_, _) => (429, new Dictionary<string, string> { ["Retry-After"] = "0" });
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Connector:MaxRetries=0");
        var client = host.Services.GetRequiredService<ConnectorClient>();

        // Separate conversations, so the pacing after a 429 does not hold any of them back.
        for (var i = 0; i < 30; i++) Assert.Null(await client.SendAsync(Reply(connector.Url, $"a:conv-{i}"), default));

        Assert.Equal(30, connector.Requests.Count);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("[208]", StringComparison.Ordinal));
    }

    private static Activity Reply(string serviceUrl, string conversationId = "a:conv") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        Text = "hello",
    };
}
