namespace PolicyBot.Bot.Connector;

/// <summary>Section <c>Connector</c>: how replies are sent to <c>serviceUrl</c> (PROTOCOL.md §3.4).</summary>
public sealed record ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Retries after the first attempt, for 429, 412 and 5xx answers and network failures.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff delay; doubles per retry with ±20 % jitter. A 429 Retry-After wins when present.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Cap on any single wait, so a turn stays well inside the channel's 15 s budget.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
