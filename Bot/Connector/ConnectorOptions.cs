namespace PolicyBot.Bot.Connector;

/// <summary>Section <c>Connector</c>: how replies are sent to <c>serviceUrl</c> (PROTOCOL.md §3.4).</summary>
public sealed record ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Retries after the first attempt, for 429, 412 and 5xx answers and network failures.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff delay; doubles per retry with ±20 % jitter. A Retry-After wins when present.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Cap on one backoff wait. A Retry-After is honoured as sent; <see cref="SendBudget"/> bounds it.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Timeout of one HTTP attempt (less when less of <see cref="SendBudget"/> remains).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// All attempts and waits of one send together; a send runs inside the turn (PROTOCOL.md §1.4). When a Retry-After
    /// or the next attempt does not fit in what remains, the send gives up at once.
    /// </summary>
    public TimeSpan SendBudget { get; init; } = TimeSpan.FromSeconds(15);
}
