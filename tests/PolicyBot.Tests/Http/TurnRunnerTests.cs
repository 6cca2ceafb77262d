using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Hosting;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class TurnRunnerTests
{
    private static readonly TurnInput Hello = new() { Text = "hi", ChannelId = "test", ConversationId = "c" };

    [Fact]
    public async Task RepliesThatCannotBeRenderedFailTheTurnBeforeAnythingIsSaved()
    {
        var store = new MemoryConversationStore();
        var runner = new TurnRunner(new TestBot(), store, Options.Create(new StorageOptions()), NullLogger<TurnRunner>.Instance);

        var rendered = await runner.RunAsync(Hello, replies => replies.Count == 1
            ? string.Join("|", replies.OfType<MessageReply>().Select(r => r.Text))
            : throw new InvalidOperationException("card"), default);

        Assert.Equal("Sorry, that went wrong.", rendered);
        Assert.Null(await store.ReadAsync(StorageKeys.Conversation("test", "c"), default));
    }

    [Fact]
    public async Task UnchangedStateIsNotWrittenAgain()
    {
        var store = new MemoryConversationStore();
        var runner = new TurnRunner(new ReadOnlyBot(), store, Options.Create(new StorageOptions()), NullLogger<TurnRunner>.Instance);

        await runner.RunAsync(Hello, r => r, default);

        Assert.Null(await store.ReadAsync(StorageKeys.Conversation("test", "c"), default));
    }

    private sealed class ReadOnlyBot : IBot
    {
        public Task<TurnResult> OnTurnAsync(TurnInput input, ConversationData state, CancellationToken cancellationToken) =>
            Task.FromResult(new TurnResult());

        public MessageReply ErrorReply(TurnInput input, ConversationData? state) => new("sorry");
    }
}
