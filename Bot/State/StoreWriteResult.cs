namespace PolicyBot.Bot.State;

/// <summary>The outcome of a conditional write: the new ETag, or a conflict (someone else wrote first).</summary>
public sealed record StoreWriteResult
{
    private StoreWriteResult(string? eTag) => ETag = eTag;

    /// <summary>The new ETag; null on a conflict.</summary>
    public string? ETag { get; }

    public bool IsConflict => ETag is null;

    public static StoreWriteResult Conflict { get; } = new((string?)null);

    public static StoreWriteResult Written(string eTag) => new(eTag);
}
