using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// The activities whose turn ran in the last <see cref="BotOptions.ReplayWindow"/>, by conversation and activity id,
/// so a channel resending an activity (a Bot Connector retry after a timeout) does not run the turn and post its
/// replies twice. Kept in this process only and bounded to <see cref="Capacity"/> entries, oldest dropped first.
/// </summary>
/// <remarks>
/// An entry is a 128-bit hash of the pair and a time, in tables allocated once: remembering a turn allocates nothing
/// that outlives it, so a full table costs a few MB and adds no work to the garbage collector. Two different pairs
/// would have to collide on 128 bits to be mistaken for each other.
/// </remarks>
public sealed class ActivityReplays(IOptions<BotOptions> options, TimeProvider time)
{
    public const int Capacity = 100_000;

    private readonly Lock _gate = new();

    // Made full size at the first turn remembered, so a bot with the window off (ReplayWindow = 0) holds none of it.
    private Dictionary<UInt128, long>? _seen;
    private Queue<(UInt128 Key, long At)>? _order;

    /// <summary>True when this activity of this conversation already ran a turn within the window.</summary>
    public bool IsReplay(string conversationKey, string? activityId)
    {
        if (!IsEnabled(activityId)) return false;
        var key = Key(conversationKey, activityId!);
        var now = time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            return _seen is not null && _seen.TryGetValue(key, out var at) && now - at < options.Value.ReplayWindow.Ticks;
        }
    }

    public void Remember(string conversationKey, string? activityId)
    {
        if (!IsEnabled(activityId)) return;
        var key = Key(conversationKey, activityId!);
        var now = time.GetUtcNow().UtcTicks;
        var window = options.Value.ReplayWindow.Ticks;
        lock (_gate)
        {
            _seen ??= new Dictionary<UInt128, long>(Capacity);
            _order ??= new Queue<(UInt128 Key, long At)>(Capacity);
            while (_order.TryPeek(out var oldest) && (_order.Count >= Capacity || now - oldest.At >= window))
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

    // The two ids are hashed with their lengths in front, so ("a", "bc") and ("ab", "c") differ.
    private static UInt128 Key(string conversationKey, string activityId)
    {
        var length = sizeof(int) * 2 + (conversationKey.Length + activityId.Length) * sizeof(char);
        byte[]? rented = null;
        var bytes = length <= 1024 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes, conversationKey.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[sizeof(int)..], activityId.Length);
        MemoryMarshal.AsBytes(conversationKey.AsSpan()).CopyTo(bytes[(sizeof(int) * 2)..]);
        MemoryMarshal.AsBytes(activityId.AsSpan()).CopyTo(bytes[(sizeof(int) * 2 + conversationKey.Length * sizeof(char))..]);
        var key = XxHash128.HashToUInt128(bytes);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return key;
    }
}
