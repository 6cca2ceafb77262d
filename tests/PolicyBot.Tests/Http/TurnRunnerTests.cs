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
        var runner = new TurnRunner(new TestBot(), store, Options.Create(new StorageOptions()), Options.Create(new BotOptions()), NullLogger<TurnRunner>.Instance);

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
        var runner = new TurnRunner(new ReadOnlyBot(), store, Options.Create(new StorageOptions()), Options.Create(new BotOptions()), NullLogger<TurnRunner>.Instance);

        await runner.RunAsync(Hello, r => r, default);

        Assert.Null(await store.ReadAsync(StorageKeys.Conversation("test", "c"), default));
    }

    [Fact]
    public async Task ATurnPastItsDeadlineGetsTheErrorReplyAndSavesNothing()
    {
        var store = new MemoryConversationStore();
        var options = Options.Create(new BotOptions { TurnDeadline = TimeSpan.FromMilliseconds(100) });
        var runner = new TurnRunner(new EndlessBot(), store, Options.Create(new StorageOptions()), options, NullLogger<TurnRunner>.Instance);

        var replies = await runner.RunAsync(Hello, r => r, default).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("sorry", Assert.IsType<MessageReply>(Assert.Single(replies)).Text);
        Assert.Null(await store.ReadAsync(StorageKeys.Conversation("test", "c"), default));
    }

    [Fact]
    public async Task TheCallersCancellationIsNotTakenForTheDeadline()
    {
        var runner = new TurnRunner(new EndlessBot(), new MemoryConversationStore(), Options.Create(new StorageOptions()), Options.Create(new BotOptions()), NullLogger<TurnRunner>.Instance);
        using var aborted = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync(Hello, r => r, aborted.Token));
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
}
