using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Insights;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Teams;

/// <summary>Teams' own 👍/👎 under an answer (<c>message/submitAction</c>), counted where the card's buttons are.</summary>
public sealed class TeamsFeedbackTests
{
    // Typed into Teams' feedback form; found nowhere in the content or the code, so a record or log holding it kept it.
    private const string FormText = "Quokkafeedback about the answer";

    [Fact]
    public async Task TeamsAnswersAskForTeamsFeedbackButtonsInsteadOfTheCardRow()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:feedback-loop");

        var answer = Assert.Single((await chat.SayAsync("can I share our revenue figures?")).Messages());

        var channelData = answer["channelData"]!.AsObject();
        Assert.True((bool)channelData["feedbackLoopEnabled"]!);
        Assert.False(channelData.ContainsKey("feedbackLoop"));
        Assert.DoesNotContain(answer.SubmitActions(), a => a is RateAnswer);
    }

    [Theory]
    [InlineData("like", "helped")]
    [InlineData("dislike", "not-helped")]
    public async Task ReactionIsCountedForTheAnswersTopicWithoutItsText(string reaction, string kind)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:feedback-count");
        await chat.SayAsync("can I share our revenue figures?");
        var answerId = $"reply-{connector.Requests.Count}";
        var sentBefore = connector.Requests.Count;

        using var response = await host.PostActivityAsync(Feedback(connector.Url, "a:feedback-count", answerId, reaction));
        var records = await host.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var counted = Assert.Single(records, r => r.Kind is "helped" or "not-helped");
        Assert.Equal((kind, "confidential-information", "en", (string?)null), (counted.Kind, counted.TopicId, counted.Language, counted.Question));
        Assert.Equal(sentBefore, connector.Requests.Count);
        Assert.DoesNotContain(records, r => r.ToString().Contains("Quokka", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, m => m.Contains("Quokka", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FeedbackOnAMessageThatWasNoAnswerIsAcceptedButNotCounted()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);

        using var response = await host.PostActivityAsync(Feedback(connector.Url, "a:feedback-unknown", "reply-unknown", "like"));
        var records = await host.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(records, r => r.Kind is "helped" or "not-helped");
    }

    [Fact]
    public async Task OtherSubmitActionsAreNotImplemented()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var invoke = Feedback(connector.Url, "a:feedback-other", "reply-1", "like");
        invoke["value"]!["actionName"] = "share";

        using var response = await host.PostActivityAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task FeedbackReachingAnotherInstanceIsCountedToo()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-feedback-");
        try
        {
            string[] shared = ["Storage:Provider=sqlite", $"Storage:SqlitePath={Path.Combine(folder.FullName, "state.db")}"];
            await using var connector = await FakeConnector.StartAsync();
            await using var first = await BotHost.StartAsync(null, null, shared);
            await using var second = await BotHost.StartAsync(null, null, shared);
            await new ChatSession(first, connector, "msteams", "nl-NL", "a:feedback-shared").SayAsync("mag ik onze omzetcijfers delen?");
            var answerId = $"reply-{connector.Requests.Count}";

            using var response = await second.PostActivityAsync(Feedback(connector.Url, "a:feedback-shared", answerId, "dislike"));
            var records = await second.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(records, r => r is { Kind: "not-helped", TopicId: "confidential-information", Language: "nl" });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>What Teams sends when someone submits its feedback form under the bot's message <paramref name="answerId"/>.</summary>
    private static JsonObject Feedback(string serviceUrl, string conversationId, string answerId, string reaction)
    {
        var invoke = TestActivities.Invoke(serviceUrl, TeamsFeedback.SubmitActionInvoke, new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject
            {
                ["reaction"] = reaction,
                ["feedback"] = $"{{\"feedbackText\":\"{FormText}\"}}",
            },
        });
        invoke["conversation"]!["id"] = conversationId;
        invoke["replyToId"] = answerId;
        invoke["id"] = $"f:{Guid.NewGuid():N}";
        return invoke;
    }
}
