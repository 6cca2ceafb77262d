using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;
using PolicyBot.Tests.Teams;

namespace PolicyBot.Tests.EndToEnd;

/// <summary>
/// The conversation's language follows the employee (issue 14 item 5), over HTTP with the real bot: Web Chat's join
/// event carries no locale, and Teams sends its two install events at once, only one of them with a locale.
/// </summary>
public class LanguageOverHttpTests
{
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;

    private static string Welcome(string language) => FirstLine(Content.Message(MessageIds.Welcome)[language == "nl" ? global::PolicyBot.Dialogs.Language.Nl : global::PolicyBot.Dialogs.Language.En]);

    private static string FirstLine(string text) => text.Split('\n')[0].Split('.')[0];

    [Fact]
    public async Task WebChatWelcomesInEnglishThenFollowsTheLocaleOfTheFirstMessage()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        const string conversation = "webchat-conversation-1";

        var join = TestActivities.MembersAdded(connector.Url, TestActivities.UserId, TestActivities.BotId);
        join["channelId"] = "directline";
        join["conversation"] = new JsonObject { ["id"] = conversation };
        join.Remove("locale");
        await host.PostActivityAsync(join);
        var welcome = connector.Requests.Select(r => r.Json).Messages().Single();
        Assert.Equal("en-US", (string?)welcome["locale"]);
        Assert.StartsWith(Welcome("en"), (string?)welcome.Card()["fallbackText"], StringComparison.Ordinal);

        var press = TestActivities.Message(connector.Url, null, conversation, "directline");
        press.Remove("text");
        press["locale"] = "nl-NL";
        press["value"] = new JsonObject { ["choice"] = "cmd:topics" };
        await host.PostActivityAsync(press);

        var topics = connector.Requests.Select(r => r.Json).Messages().Last();
        Assert.Equal("nl-NL", (string?)topics["locale"]);
        Assert.Equal(Content.Message(MessageIds.TopicsList).Nl.Trim(), (string?)topics.Card()["fallbackText"]);
    }

    [Theory]
    [InlineData("conversationUpdate first", "personal")]
    [InlineData("installationUpdate first", "personal")]
    [InlineData("conversationUpdate first", "channel")]
    [InlineData("at the same time", "personal")]
    public async Task TeamsInstallGreetsOnceInTheLocaleTheInstallationUpdateCarries(string order, string conversationType)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var members = conversationType == "personal" ? new[] { TestActivities.BotId, TestActivities.UserId } : [TestActivities.BotId];
        var membersAdded = TeamsActivities.MembersAdded(connector.Url, conversationType, members);
        membersAdded.Remove("locale");
        membersAdded["id"] = "activity-join";
        var installed = TeamsActivities.InstallationAdd(connector.Url, conversationType);
        installed["locale"] = "nl-NL";
        installed["id"] = "activity-install";

        switch (order)
        {
            case "conversationUpdate first":
                await host.PostActivityAsync(membersAdded);
                await host.PostActivityAsync(installed);
                break;
            case "installationUpdate first":
                await host.PostActivityAsync(installed);
                await host.PostActivityAsync(membersAdded);
                break;
            default:
                await Task.WhenAll(host.PostActivityAsync(membersAdded), host.PostActivityAsync(installed));
                break;
        }

        var welcome = Assert.Single(connector.Requests.Select(r => r.Json).Messages());
        Assert.Equal("nl-NL", (string?)welcome["locale"]);
        Assert.StartsWith(Welcome("nl"), (string?)welcome.Card()["fallbackText"], StringComparison.Ordinal);
    }
}
