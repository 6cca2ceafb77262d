using System.Net;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class TurnFailureTests
{
    [Fact]
    public async Task ExceptionInTheTurnPostsTheErrorReplyAndKeepsThePreviousState()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        await host.PostActivityAsync(TestActivities.Message(connector.Url, "first"));
        var before = await host.Store.ReadAsync(StorageKeys.Conversation("msteams", "a:conv-1"), default);

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "boom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = connector.Requests.Last();
        Assert.Equal("Sorry, that went wrong.", (string?)apology.Json["text"]);
        Assert.Equal("/v3/conversations/a%3Aconv-1/activities/activity-1", apology.RawTarget);
        var after = await host.Store.ReadAsync(StorageKeys.Conversation("msteams", "a:conv-1"), default);
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal(1, TestBot.Counter(ConversationDataSerializer.Deserialize(after.Data.Span)).StepIndex);
    }

    [Fact]
    public async Task TheTurnAfterAFailureContinuesFromTheSavedState()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        await host.PostActivityAsync(TestActivities.Message(connector.Url, "first"));
        await host.PostActivityAsync(TestActivities.Message(connector.Url, "boom"));

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "again"));

        Assert.Equal("turn 2", (string?)connector.Requests.Last().Json["text"]);
    }

    [Fact]
    public async Task LogsCarryIdsButNeverTheUserText()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        var activity = TestActivities.Message(connector.Url, "boom");
        activity["id"] = "activity-77";

        await host.PostActivityAsync(activity);

        var failure = Assert.Single(host.Logs.Lines, l => l.Contains("[120]"));
        Assert.Contains("InvalidOperationException", failure);
        Assert.Contains("ConversationId=a:conv-1", failure);
        Assert.Contains("ActivityId=activity-77", failure);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("boom") || l.Contains("exploded"));
    }

    [Fact]
    public async Task FailingErrorReplyStillAnswers200()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new ThrowingBot());

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task FailedSendDoesNotFailTheTurn()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Respond = (_, _) => (403, null);
        await using var host = await BotHost.StartAsync(new TestBot());

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, connector.Requests.Count);
        Assert.NotNull(await host.Store.ReadAsync(StorageKeys.Conversation("msteams", "a:conv-1"), default));
    }

    private sealed class ThrowingBot : IBot
    {
        public Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("turn");

        public MessageReply ErrorReply(TurnInput input, ConversationData? state) => throw new InvalidOperationException("apology");
    }
}
