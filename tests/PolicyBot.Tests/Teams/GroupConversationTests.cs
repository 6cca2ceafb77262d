using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Teams;

public sealed class GroupConversationTests
{
    private static readonly (string, string) Bot = (TestActivities.BotId, "PolicyBot");
    private static readonly (string, string) Tom = ("29:tom", "Tom");

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task MessageWithoutABotMentionIsIgnored(string conversationType)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        using var plain = await host.PostActivityAsync(TeamsActivities.Message(connector.Url, conversationType, "may I share this?"));
        using var other = await host.PostActivityAsync(TeamsActivities.Message(connector.Url, conversationType, "<at>Tom</at> may I share this?", Tom));

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Empty(bot.Inputs);
        Assert.Empty(connector.Requests);
    }

    [Theory]
    [InlineData("channel", ConversationKind.Channel)]
    [InlineData("groupChat", ConversationKind.GroupChat)]
    public async Task MentionedMessageRunsWithTheBotMentionStrippedWhateverItsCasing(string conversationType, ConversationKind kind)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        await host.PostActivityAsync(TeamsActivities.Message(connector.Url, conversationType, "<AT>policybot</AT> may <at>Tom</at>share this?", Bot, Tom));

        var input = Assert.Single(bot.Inputs);
        Assert.Equal("may Tom share this?", input.Text);
        Assert.Equal(kind, input.ConversationKind);
        Assert.Equal("echo may Tom share this?", (string?)connector.Requests[0].Json["text"]);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task CardSubmitWithoutMentionStillRuns(string conversationType)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        await host.PostActivityAsync(TeamsActivities.Submit(connector.Url, conversationType, new JsonObject { ["choice"] = "yes" }));

        var input = Assert.Single(bot.Inputs);
        Assert.Null(input.Text);
        Assert.Equal("""{"choice":"yes"}""", input.Value!.Value.GetRawText());
        Assert.Equal("""submitted {"choice":"yes"}""", (string?)connector.Requests[0].Json["text"]);
    }

    [Fact]
    public async Task PersonalChatNeedsNoMention()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "help"));

        Assert.Equal("help", Assert.Single(bot.Inputs).Text);
    }
}
