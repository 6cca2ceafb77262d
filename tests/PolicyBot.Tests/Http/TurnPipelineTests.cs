using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Hosting;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class TurnPipelineTests
{
    private static readonly string Key = StorageKeys.Conversation("msteams", "a:conv-1");

    [Fact]
    public async Task RepliesThatCannotBeRenderedFailTheTurnBeforeAnythingIsSaved()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new UnrenderableBot());

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(["sorry"], connector.Requests.Select(r => (string?)r.Json["text"]));
        Assert.Null(await host.Store.ReadAsync(Key, default));
        Assert.Contains(host.Logs.Lines, l => l.Contains("[120]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnchangedStateIsNotWrittenAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new ReadOnlyBot());

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Null(await host.Store.ReadAsync(Key, default));
    }

    [Fact]
    public async Task ATurnPastItsDeadlineGetsTheErrorReplyAndSavesNothing()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new EndlessBot(), null, "Bot:TurnDeadline=00:00:00.100");

        await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["sorry"], connector.Requests.Select(r => (string?)r.Json["text"]));
        Assert.Null(await host.Store.ReadAsync(Key, default));
        Assert.Contains(host.Logs.Lines, l => l.Contains("[126]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCallersCancellationIsNotTakenForTheDeadline()
    {
        await using var host = await BotHost.StartAsync(new EndlessBot());
        var pipeline = host.Services.GetRequiredService<TurnPipeline>();
        var activity = JsonSerializer.Deserialize<Activity>(TestActivities.Message("http://127.0.0.1:9", "hi").ToJsonString(), ProtocolJson.Options)!;
        using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pipeline.ProcessAsync(activity, aborted.Token));
    }

    /// <summary>Thinks (on the CPU, checking its token like the recognizer does) until it is cancelled, and changes the state meanwhile.</summary>
    private sealed class EndlessBot : IBot
    {
        public Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken)
        {
            state.Welcomed = true;
            while (true) cancellationToken.ThrowIfCancellationRequested();
        }

        public MessageReply ErrorReply(TurnInput input, ConversationData? state) => new("sorry");
    }

    private sealed class ReadOnlyBot : IBot
    {
        public Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken) =>
            Task.FromResult(new TurnResult());

        public MessageReply ErrorReply(TurnInput input, ConversationData? state) => new("sorry");
    }

    /// <summary>Changes the state and answers with a reply the card builder cannot render (its links missing).</summary>
    private sealed class UnrenderableBot : IBot
    {
        public Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken)
        {
            state.Welcomed = true;
            var result = new TurnResult();
            result.Replies.Add(new MessageReply("pick") { Links = null! });
            return Task.FromResult(result);
        }

        public MessageReply ErrorReply(TurnInput input, ConversationData? state) => new("sorry");
    }
}
