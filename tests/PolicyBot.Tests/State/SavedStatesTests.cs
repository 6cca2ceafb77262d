using PolicyBot.Bot.Hosting;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.State;

public sealed class SavedStatesTests
{
    private const string Key = "msteams/conversations/c1";

    [Fact]
    public async Task TheNextTurnGetsTheStateItsPredecessorSavedWithoutReadingItsBytes()
    {
        var states = new TurnStateStore(new MemoryConversationStore(), new SavedStates());
        var first = await states.LoadAsync(Key, default);
        first.State.Language = Language.Nl;
        Assert.True(await states.SaveAsync(first, default));

        var second = await states.LoadAsync(Key, default);

        Assert.Same(first.State, second.State);
        Assert.Equal(ConversationDataSerializer.Serialize(first.State), second.Read.ToArray());
    }

    [Fact]
    public async Task AKeptStateIsHandedOutOnceSoAFailedTurnLeavesTheBytes()
    {
        var states = new TurnStateStore(new MemoryConversationStore(), new SavedStates());
        var first = await states.LoadAsync(Key, default);
        first.State.Welcomed = true;
        await states.SaveAsync(first, default);
        var failed = await states.LoadAsync(Key, default);
        failed.State.Welcomed = false;

        var retried = await states.LoadAsync(Key, default);

        Assert.NotSame(failed.State, retried.State);
        Assert.True(retried.State.Welcomed);
    }

    [Fact]
    public async Task AnotherWritersStateWinsOverTheKeptOne()
    {
        var store = new MemoryConversationStore();
        var states = new TurnStateStore(store, new SavedStates());
        var first = await states.LoadAsync(Key, default);
        first.State.Language = Language.Nl;
        await states.SaveAsync(first, default);
        var stored = await store.ReadAsync(Key, default);
        await store.WriteAsync(Key, ConversationDataSerializer.Serialize(new ConversationData { Language = Language.En }), stored!.ETag, default);

        var next = await states.LoadAsync(Key, default);

        Assert.NotSame(first.State, next.State);
        Assert.Equal(Language.En, next.State.Language);
    }

    [Fact]
    public void AKeptStateIsMissedWhenTheStoreHoldsOtherBytesUnderTheSameETag()
    {
        var saved = new SavedStates();
        var state = new ConversationData { Welcomed = true };
        saved.Keep(Key, ConversationDataSerializer.Serialize(state), "1", state);

        // An erased conversation that started again has version 1 once more.
        var taken = saved.Take(Key, new StoredItem(ConversationDataSerializer.Serialize(new ConversationData()), "1"));

        Assert.Null(taken);
    }

    [Fact]
    public async Task AFreshConversationStartsFromTheStateThatFreshBytesHold()
    {
        var states = new TurnStateStore(new MemoryConversationStore(), new SavedStates());

        var loaded = await states.LoadAsync(Key, default);

        Assert.Null(loaded.ETag);
        Assert.Equal(loaded.Read.ToArray(), ConversationDataSerializer.Serialize(loaded.State));
        Assert.Equal(loaded.Read.ToArray(), ConversationDataSerializer.Serialize(ConversationDataSerializer.Deserialize(loaded.Read.Span)));
    }
}
