using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs;
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
    public async Task PlaygroundFeedbackWithoutReplyToIdIsAnsweredCleanlyAndLogsWhyItWasNotCounted()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "9aab919f-7a8c-4dd3-a642-d5f00dc210ab");
        await chat.SayAsync("can I share our revenue figures?");
        var sentBefore = connector.Requests.Count;

        // As the Agents Playground 0.2.28 sends it: no replyToId, and the form's text as a plain string.
        var invoke = JsonNode.Parse("""
            {"type":"invoke","id":"a138168b-25d1-4d75-9c01-e96ed4572314","from":{"id":"user-id-0","name":"Alex Wilber","aadObjectId":"00000000-0000-0000-0000-0000000000020"},"timestamp":"2026-12-06T23:35:16.424Z","localTimestamp":"2026-12-06T23:35:16.424+00:00","serviceUrl":"{serviceUrl}","conversation":{"conversationType":"personal","tenantId":"00000000-0000-0000-0000-0000000000001","id":"9aab919f-7a8c-4dd3-a642-d5f00dc210ab"},"recipient":{"id":"00000000-0000-0000-0000-00000000000011","name":"Test Bot"},"channelData":{"source":{"name":"message"}},"value":{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"Quokkafeedback, thanks Jan de Vries"}},"name":"message/submitAction","channelId":"msteams"}
            """.Replace("{serviceUrl}", connector.Url, StringComparison.Ordinal))!;
        using var response = await host.PostActivityAsync(invoke);
        var records = await host.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal(sentBefore, connector.Requests.Count);
        Assert.DoesNotContain(records, r => r.Kind is "helped" or "not-helped");
        Assert.Contains(host.Logs.Lines, l => l.Contains("Teams feedback not counted: the invoke has no replyToId", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("Quokka", StringComparison.Ordinal) || l.Contains("Jan de Vries", StringComparison.Ordinal));
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
    public Task FeedbackReachingAnotherInstanceIsCountedToo() => WithSqliteFileAsync(async shared =>
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var first = await BotHost.StartAsync(null, null, shared);
        await using var second = await BotHost.StartAsync(null, null, shared);
        await new ChatSession(first, connector, "msteams", "nl-NL", "a:feedback-shared").SayAsync("mag ik onze omzetcijfers delen?");
        var answerId = $"reply-{connector.Requests.Count}";

        using var response = await second.PostActivityAsync(Feedback(connector.Url, "a:feedback-shared", answerId, "dislike"));
        var records = await second.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(records, r => r is { Kind: "not-helped", TopicId: "confidential-information", Language: "nl" });
    });

    [Fact]
    public async Task AnAnswersIdIsKeptInTheAnsweredStoreNotInTheConversationState()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        await new ChatSession(host, connector, "msteams", "en-US", "a:feedback-store").SayAsync("can I share our revenue figures?");
        var answerId = $"reply-{connector.Requests.Count}";
        var key = StorageKeys.Conversation("msteams", "a:feedback-store");

        var state = await host.Services.GetRequiredService<IConversationStore>().ReadAsync(key, CancellationToken.None);
        var kept = await host.Services.GetRequiredService<IAnsweredStore>().FindAsync(key, answerId, CancellationToken.None);

        Assert.Null(ConversationDataSerializer.Deserialize(state!.Data.Span).Answered);
        Assert.Equal(new AnsweredMessage(answerId, "confidential-information", Language.En), kept);
    }

    [Fact]
    public Task FeedbackOnAnAnswerTheStateKeptBeforeTheAnsweredStoreIsStillCounted() => WithSqliteFileAsync(async sqlite =>
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null, null, sqlite);
        // The state row as PolicyBot wrote it while it kept the answered ids in the conversation's state.
        var earlier = new ConversationData { Language = Language.Nl, Answered = [new AnsweredMessage("reply-old", "confidential-information", Language.Nl)] };
        var key = StorageKeys.Conversation("msteams", "a:feedback-earlier");
        await host.Services.GetRequiredService<IConversationStore>().WriteAsync(key, ConversationDataSerializer.Serialize(earlier), "*", CancellationToken.None);

        using var response = await host.PostActivityAsync(Feedback(connector.Url, "a:feedback-earlier", "reply-old", "like"));
        var records = await host.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(records, r => r is { Kind: "helped", TopicId: "confidential-information", Language: "nl" });
    });

    /// <summary>Runs <paramref name="test"/> with the settings of a SQLite file in a temp folder, removed afterwards.</summary>
    private static async Task WithSqliteFileAsync(Func<string[], Task> test)
    {
        var folder = Directory.CreateTempSubdirectory("policybot-feedback-");
        try
        {
            await test(["Storage:Provider=sqlite", $"Storage:SqlitePath={Path.Combine(folder.FullName, "state.db")}"]);
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
