namespace PolicyBot.Bot.State;

/// <summary>What a store read returns: the bytes and the ETag to hand back on the next write.</summary>
public sealed record StoredItem(ReadOnlyMemory<byte> Data, string ETag);
