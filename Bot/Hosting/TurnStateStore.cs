using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// Loads a conversation's state once per turn and saves it once, with the ETag read (optimistic concurrency): a save
/// that finds another writer came first says so, and the turn runs again on fresh state. What a turn saved is kept for
/// the next one (<see cref="SavedStates"/>).
/// </summary>
public sealed class TurnStateStore(IConversationStore store, SavedStates saved)
{
    private static readonly byte[] FreshState = ConversationDataSerializer.Serialize(new ConversationData());

    public async Task<LoadedState> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await store.ReadAsync(key, cancellationToken) is not { } stored)
            return new LoadedState(key, FreshState, null, new ConversationData());
        var state = saved.Take(key, stored) ?? ConversationDataSerializer.Deserialize(stored.Data.Span);
        return new LoadedState(key, stored.Data, stored.ETag, state);
    }

    /// <summary>True when saved (or nothing changed: like the SDK, unchanged state is not written); false on a conflict.</summary>
    public async Task<bool> SaveAsync(LoadedState loaded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var updated = ConversationDataSerializer.Serialize(loaded.State);
        if (updated.AsSpan().SequenceEqual(loaded.Read.Span))
        {
            if (loaded.ETag is { } unchanged) saved.Keep(loaded.Key, loaded.Read, unchanged, loaded.State);
            return true;
        }
        var write = await store.WriteAsync(loaded.Key, updated, loaded.ETag, cancellationToken);
        if (write.IsConflict) return false;
        saved.Keep(loaded.Key, updated, write.ETag!, loaded.State);
        return true;
    }
}

/// <summary>A conversation's state as one turn read it: <see cref="State"/> is what the dialogs change.</summary>
public sealed record LoadedState(string Key, ReadOnlyMemory<byte> Read, string? ETag, ConversationData State)
{
    /// <summary>A fresh copy of the state as it was read: a failed turn may have half-changed <see cref="State"/>.</summary>
    public ConversationData BeforeTheTurn() => ConversationDataSerializer.Deserialize(Read.Span);
}
