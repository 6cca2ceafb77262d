using System.Threading.RateLimiting;
using PolicyBot.Dialogs.Caching;

namespace PolicyBot.Bot.Connector;

/// <summary>
/// Teams throttles each conversation (a chat or a channel thread): about 7 messages a second, 8 in 2 seconds and 60 in
/// 30 seconds. Pacing every conversation all the time would slow every turn to that rate, so the pacer is reactive:
/// a conversation that got a 429 has its sends paced for a minute by a sliding-window limiter per conversation
/// (<c>System.Threading.RateLimiting</c>), so concurrent sends to it (hand-off tickets to one owner channel) queue up
/// instead of earning 429 after 429 until the send budget runs out.
/// </summary>
public sealed class ConversationPacer : IDisposable
{
    private static readonly (int Permits, TimeSpan Window, int Segments)[] TeamsLimits =
    [
        (7, TimeSpan.FromSeconds(1), 10),
        (8, TimeSpan.FromSeconds(2), 10),
        (60, TimeSpan.FromSeconds(30), 30),
    ];

    /// <summary>How long a conversation stays paced after its last 429.</summary>
    public static readonly TimeSpan PacedFor = TimeSpan.FromMinutes(1);

    private readonly TimeProvider _time;
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly BoundedCache<string, long> _throttledAt = new(10_000, StringComparer.Ordinal);

    public ConversationPacer(TimeProvider time)
    {
        _time = time;
        _limiter = PartitionedRateLimiter.CreateChained(
        [
            .. TeamsLimits.Select(limit => PartitionedRateLimiter.Create<string, string>(conversation =>
                RateLimitPartition.GetSlidingWindowLimiter(conversation, _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limit.Permits,
                    Window = limit.Window,
                    SegmentsPerWindow = limit.Segments,
                    QueueLimit = 1_000,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    AutoReplenishment = true,
                }))),
        ]);
    }

    /// <summary>The channel answered 429 for <paramref name="conversationId"/>: pace its sends from now on.</summary>
    public void Throttled(string conversationId) => _throttledAt.Set(conversationId, _time.GetTimestamp());

    /// <summary>
    /// Waits until <paramref name="conversationId"/> may send again when it was throttled lately (at once otherwise);
    /// false when that would take longer than <paramref name="wait"/>.
    /// </summary>
    public async ValueTask<bool> WaitTurnAsync(string conversationId, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!_throttledAt.TryGet(conversationId, out var at) || _time.GetElapsedTime(at) > PacedFor) return true;
        if (wait <= TimeSpan.Zero) return false;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(wait);
        try
        {
            using var lease = await _limiter.AcquireAsync(conversationId, 1, deadline.Token);
            return lease.IsAcquired;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => _limiter.Dispose();
}
