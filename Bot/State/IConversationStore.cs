namespace PolicyBot.Bot.State;

/// <summary>
/// Per-conversation state blobs with optimistic concurrency. Keys follow PROTOCOL.md §10:
/// <c>{channelId}/conversations/{conversationId}</c> (see <see cref="StorageKeys"/>).
/// </summary>
public interface IConversationStore
{
    /// <summary>The stored bytes and their ETag, or null when nothing is stored under <paramref name="key"/>.</summary>
    Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes when the stored ETag still equals <paramref name="expectedETag"/> (null = the key must not exist yet,
    /// <c>"*"</c> = unconditional). Someone else having written in between is a <see cref="StoreWriteResult.Conflict"/>.
    /// </summary>
    Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
