using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Caching;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// The state a turn saved, kept as the object it is for the conversation's next turn, so that turn does not parse the
/// bytes it was just written as (README "Performance"). Handed out at most once, and only while the store still holds
/// exactly what was saved (the same ETag and the same bytes): another writer, an erasure or a failed turn in between
/// means a miss, and the turn reads the bytes as before. A few hundred active conversations (a kept state is a kilobyte
/// or two), not every one the store has.
/// </summary>
public sealed class SavedStates(int capacity = SavedStates.DefaultCapacity)
{
    public const int DefaultCapacity = 256;

    private readonly BoundedCache<string, Saved> _saved = new(capacity, StringComparer.Ordinal);

    /// <summary><paramref name="state"/> is what <paramref name="data"/> (stored under <paramref name="eTag"/>) holds; the caller no longer changes it.</summary>
    public void Keep(string key, ReadOnlyMemory<byte> data, string eTag, ConversationData state) => _saved.Set(key, new Saved(data, eTag, state));

    /// <summary>The kept state for what the store returned, or null; either way it is no longer kept.</summary>
    public ConversationData? Take(string key, StoredItem stored) =>
        _saved.TryTake(key, out var saved) && saved.ETag == stored.ETag && saved.Data.Span.SequenceEqual(stored.Data.Span) ? saved.State : null;

    private sealed record Saved(ReadOnlyMemory<byte> Data, string ETag, ConversationData State);
}
