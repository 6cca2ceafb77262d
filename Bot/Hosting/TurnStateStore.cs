using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// Loads a conversation's state once per turn and saves it once, with the ETag read (optimistic concurrency): a save
/// that finds another writer came first says so, and the turn runs again on fresh state.
/// </summary>
public sealed class TurnStateStore(IConversationStore store)
{
    private static readonly byte[] FreshState = ConversationDataSerializer.Serialize(new ConversationData());

    public async Task<LoadedState> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(key, cancellationToken);
        var read = stored?.Data ?? FreshState;
        return new LoadedState(key, read, stored?.ETag, ConversationDataSerializer.Deserialize(read.Span));
    }

    /// <summary>True when saved (or nothing changed: like the SDK, unchanged state is not written); false on a conflict.</summary>
    public async Task<bool> SaveAsync(LoadedState loaded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var updated = ConversationDataSerializer.Serialize(loaded.State);
        if (updated.AsSpan().SequenceEqual(loaded.Read.Span)) return true;
        var write = await store.WriteAsync(loaded.Key, updated, loaded.ETag, cancellationToken);
        return !write.IsConflict;
    }
}

/// <summary>A conversation's state as one turn read it: <see cref="State"/> is what the dialogs change.</summary>
public sealed record LoadedState(string Key, ReadOnlyMemory<byte> Read, string? ETag, ConversationData State)
{
    /// <summary>A fresh copy of the state as it was read: a failed turn may have half-changed <see cref="State"/>.</summary>
    public ConversationData BeforeTheTurn() => ConversationDataSerializer.Deserialize(Read.Span);
}
