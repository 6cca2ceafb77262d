using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Teams;

public sealed class WelcomeTests
{
    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task PeopleJoiningATeamOrGroupChatAreNotWelcomed(string conversationType)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        await host.PostActivityAsync(TeamsActivities.MembersAdded(connector.Url, conversationType, "29:ann", "29:bob", "29:cem"));

        Assert.Empty(bot.Inputs);
        Assert.Empty(connector.Requests);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task BotAddedToATeamOrGroupChatWelcomesTheConversation(string conversationType)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        await host.PostActivityAsync(TeamsActivities.MembersAdded(connector.Url, conversationType, TestActivities.BotId));

        var input = Assert.Single(bot.Inputs);
        Assert.Equal(TurnKind.Welcome, input.Kind);
        Assert.Equal(TestActivities.UserId, input.UserId);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    [InlineData("personal")]
    public async Task InstallingTheRealBotGreetsOnceThoughTeamsSendsSeveralEvents(string conversationType)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var members = conversationType == "personal" ? new[] { TestActivities.BotId, TestActivities.UserId } : [TestActivities.BotId];

        await host.PostActivityAsync(TeamsActivities.InstallationAdd(connector.Url, conversationType));
        await host.PostActivityAsync(TeamsActivities.MembersAdded(connector.Url, conversationType, members));
        await host.PostActivityAsync(TeamsActivities.MembersAdded(connector.Url, conversationType, "29:later-joiner"));

        var welcomes = connector.Requests.Select(r => r.Json).Messages().ToList();
        Assert.Single(welcomes);
        Assert.Contains("PolicyBot", welcomes[0].AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmulatorSendingBotAndUserSeparatelyGetsOneWelcome()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var bot = TestActivities.MembersAdded(connector.Url, TestActivities.BotId);
        var user = TestActivities.MembersAdded(connector.Url, TestActivities.UserId);
        foreach (var activity in new[] { bot, user })
        {
            activity["channelId"] = "emulator";
            activity["conversation"] = new JsonObject { ["id"] = "abc|livechat" };
            await host.PostActivityAsync(activity);
        }

        Assert.Single(connector.Requests.Select(r => r.Json).Messages());
    }
}
