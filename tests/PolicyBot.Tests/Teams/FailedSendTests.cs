using System.Net;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Teams;

public sealed class FailedSendTests
{
    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task ThrottledOrFailingConnectorIsLoggedAndTheConversationGoesOn(int status)
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Respond = (_, _) => (status, new Dictionary<string, string> { ["Retry-After"] = "0" });
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        using var first = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));
        connector.Respond = (_, _) => (200, null);
        using var second = await host.PostActivityAsync(TestActivities.Message(connector.Url, "again"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        // Four attempts per reply (three retries), each logged; the reply after recovery shows the saved state.
        Assert.Contains(host.Logs.Lines, l => l.Contains("[202]", StringComparison.Ordinal) && l.Contains(status.ToString(), StringComparison.Ordinal));
        Assert.Equal(8, connector.Requests.Count - 2);
        Assert.Equal("turn 2", (string?)connector.Requests[^1].Json["text"]);
        Assert.Equal(2, bot.Inputs.Count);
        Assert.All(bot.Inputs, i => Assert.Equal(TurnKind.Message, i.Kind));
    }
}
