using Microsoft.Extensions.Options;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// The activities whose turn ran in the last <see cref="BotOptions.ReplayWindow"/>, by conversation and activity id,
/// so a channel resending an activity (a Bot Connector retry after a timeout) does not run the turn and post its
/// replies twice. Kept in this process only and bounded to <see cref="Capacity"/> entries, oldest dropped first.
/// </summary>
public sealed class ActivityReplays(IOptions<BotOptions> options, TimeProvider time)
{
    public const int Capacity = 100_000;

    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> _order = new();
    private readonly Lock _gate = new();

    /// <summary>True when this activity of this conversation already ran a turn within the window.</summary>
    public bool IsReplay(string conversationKey, string? activityId)
    {
        if (!IsEnabled(activityId)) return false;
        lock (_gate)
        {
            return _seen.TryGetValue(Key(conversationKey, activityId!), out var at) && time.GetUtcNow() - at < options.Value.ReplayWindow;
        }
    }

    public void Remember(string conversationKey, string? activityId)
    {
        if (!IsEnabled(activityId)) return;
        var now = time.GetUtcNow();
        var key = Key(conversationKey, activityId!);
        lock (_gate)
        {
            while (_order.TryPeek(out var oldest) && (_order.Count >= Capacity || now - oldest.At >= options.Value.ReplayWindow))
            {
                _order.Dequeue();
                // A key remembered again later has a newer time; only the entry that matches this queue slot goes.
                if (_seen.TryGetValue(oldest.Key, out var at) && at == oldest.At) _seen.Remove(oldest.Key);
            }
            _seen[key] = now;
            _order.Enqueue((key, now));
        }
    }

    private bool IsEnabled(string? activityId) => !string.IsNullOrEmpty(activityId) && options.Value.ReplayWindow > TimeSpan.Zero;

    private static string Key(string conversationKey, string activityId) => conversationKey + "\n" + activityId;
}
