using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class StateConflictTests
{
    [Fact]
    public async Task ConflictingWriteReRunsTheTurnOnFreshState()
    {
        await using var connector = await FakeConnector.StartAsync();
        var store = new InterferingStore(interferences: 1);
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot, b => b.Services.AddSingleton<IConversationStore>(store));

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, bot.Inputs.Count);
        // The other writer's turn (counter 1) is kept, ours builds on it, and only the winning run's replies go out.
        Assert.Equal(["echo hi", "turn 2"], connector.Requests.Select(r => (string?)r.Json["text"]));
        var saved = await store.ReadAsync(StorageKeys.Conversation("msteams", "a:conv-1"), default);
        Assert.Equal(2, TestBot.Counter(ConversationDataSerializer.Deserialize(saved!.Data.Span)).StepIndex);
    }

    [Fact]
    public async Task EndlessConflictsEndInTheErrorReplyNotASilentLoss()
    {
        await using var connector = await FakeConnector.StartAsync();
        var store = new InterferingStore(interferences: int.MaxValue);
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot, b => b.Services.AddSingleton<IConversationStore>(store), "Storage:MaxConflictRetries=2");

        var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, bot.Inputs.Count);
        Assert.Equal("Sorry, that went wrong.", (string?)connector.Requests.Single().Json["text"]);
        Assert.Contains(host.Logs.Lines, l => l.Contains("[123]"));
    }

    /// <summary>Simulates another instance: right before our state write, someone else runs a turn on the same key.</summary>
    private sealed class InterferingStore(int interferences) : IConversationStore
    {
        private readonly MemoryConversationStore _inner = new();
        private int _left = interferences;

        public Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken) => _inner.ReadAsync(key, cancellationToken);

        public async Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
        {
            // Only turns collide; the conversation reference the host also keeps in the store is left alone.
            if (key.Contains("/conversations/", StringComparison.Ordinal) && _left-- > 0)
            {
                var current = await _inner.ReadAsync(key, cancellationToken);
                var state = ConversationDataSerializer.Deserialize(current is null ? default : current.Data.Span);
                TestBot.Counter(state).StepIndex++;
                await _inner.WriteAsync(key, ConversationDataSerializer.Serialize(state), current?.ETag, cancellationToken);
            }
            return await _inner.WriteAsync(key, data, expectedETag, cancellationToken);
        }

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => _inner.DeleteAsync(key, cancellationToken);
    }
}
