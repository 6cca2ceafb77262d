using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class TurnInputTests
{
    [Fact]
    public async Task BotMentionIsStrippedAndOtherMentionsBecomeNames()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);
        var activity = TestActivities.Message(connector.Url, "<at>PolicyBot</at> ask <at>Tom</at> about <AT>policybot</AT> ");
        activity["conversation"]!["conversationType"] = "channel";
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = "PolicyBot" }, ["text"] = "<at>PolicyBot</at>" },
            new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "29:tom", ["name"] = "Tom" }, ["text"] = "<at>Tom</at>" },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US" });

        await host.PostActivityAsync(activity);

        var input = Assert.Single(bot.Inputs);
        Assert.Equal("ask Tom about", input.Text);
        Assert.Equal(ConversationKind.Channel, input.ConversationKind);
    }

    [Fact]
    public async Task MessageTurnCarriesIdsLocaleValueAndConversationKind()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);
        var activity = TestActivities.Message(connector.Url, null);
        activity["value"] = new JsonObject { ["choice"] = "b" };
        activity["locale"] = "nl-NL";
        activity["conversation"]!["conversationType"] = "groupChat";

        await host.PostActivityAsync(activity);

        var input = Assert.Single(bot.Inputs);
        Assert.Equal(TurnKind.Message, input.Kind);
        Assert.Null(input.Text);
        Assert.Equal("""{"choice":"b"}""", input.Value!.Value.GetRawText());
        Assert.Equal("nl-NL", input.Locale);
        Assert.Equal("msteams", input.ChannelId);
        Assert.Equal("a:conv-1", input.ConversationId);
        Assert.Equal(TestActivities.UserId, input.UserId);
        Assert.Equal(ConversationKind.GroupChat, input.ConversationKind);
        Assert.Equal("""submitted {"choice":"b"}""", (string?)connector.Requests[0].Json["text"]);
    }

    [Theory]
    // Web Chat's paperclip (Direct Line upload), a picture pasted in Teams (with Teams' HTML copy of the text beside it).
    [InlineData("image/png", true)]
    [InlineData("video/mp4", true)]
    [InlineData("IMAGE/JPEG", true)]
    [InlineData("text/html", false)]
    [InlineData("application/pdf", false)]
    [InlineData("application/vnd.microsoft.card.adaptive", false)]
    public async Task AnImageOrVideoWithTheMessageIsMedia(string contentType, bool media)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);
        var activity = TestActivities.Message(connector.Url, "mag ik deze delen?");
        activity["attachments"] = new JsonArray(
            new JsonObject { ["contentType"] = "text/html", ["content"] = "<p>mag ik deze delen?</p>" },
            new JsonObject { ["contentType"] = contentType, ["contentUrl"] = "http://127.0.0.1:1/v3/attachments/a1", ["name"] = "file" });

        await host.PostActivityAsync(activity);

        Assert.Equal(media, Assert.Single(bot.Inputs).HasMedia);
    }

    [Fact]
    public async Task WelcomeIsSentWhenSomeoneOtherThanTheBotJoins()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        var response = await host.PostActivityAsync(TestActivities.MembersAdded(connector.Url, TestActivities.BotId, "29:new-user"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var input = Assert.Single(bot.Inputs);
        Assert.Equal(TurnKind.Welcome, input.Kind);
        Assert.Equal("29:new-user", input.UserId);
        Assert.Equal("welcome 29:new-user", (string?)connector.Requests[0].Json["text"]);
    }

    [Fact]
    public async Task BotAddedAloneToAPersonalChatWelcomesTheSender()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        var response = await host.PostActivityAsync(TestActivities.MembersAdded(connector.Url, TestActivities.BotId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var input = Assert.Single(bot.Inputs);
        Assert.Equal(TurnKind.Welcome, input.Kind);
        Assert.Equal(TestActivities.UserId, input.UserId);
    }

    [Theory]
    [InlineData("add", true)]
    [InlineData("remove", false)]
    [InlineData("add-upgrade", false)]
    public async Task InstallationAddWelcomes(string action, bool welcomes)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);
        var activity = TestActivities.Message(connector.Url, null);
        activity["type"] = "installationUpdate";
        activity["action"] = action;

        var response = await host.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(welcomes, bot.Inputs.Any(i => i.Kind == TurnKind.Welcome));
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("event")]
    [InlineData("endOfConversation")]
    [InlineData("trace")]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    public async Task OtherActivityTypesAreAcceptedAndRunNothing(string type)
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot);

        var response = await host.PostActivityAsync(new JsonObject { ["type"] = type, ["name"] = "whatever", ["unknown"] = new JsonArray(1, 2) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Inputs);
        Assert.Empty(connector.Requests);
    }
}
