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
/// that outlives it, so a full table costs under 4 MB and adds no work to the garbage collector. Two different pairs
/// would have to collide on 128 bits to be mistaken for each other.
/// </remarks>
public sealed class ActivityReplays(IOptions<BotOptions> options, TimeProvider time)
{
    public const int Capacity = 100_000;

    // A power of two above Capacity: about one entry per bucket when full.
    private const int BucketCount = 1 << 17;

    private readonly Lock _gate = new();

    // The entries in the order they were remembered, a ring whose oldest slot is overwritten first; each bucket heads
    // a chain of slots (slot + 1, 0 for none) whose keys share its bits, newest first. Made at the first turn
    // remembered, so a bot with the window off (ReplayWindow = 0) holds none of it.
    private Entry[]? _ring;
    private int[]? _buckets;
    private int _oldest;
    private int _count;

    /// <summary>True when this activity of this conversation already ran a turn within the window.</summary>
    public bool IsReplay(string conversationKey, string? activityId)
    {
        if (!IsEnabled(activityId)) return false;
        var key = Key(conversationKey, activityId!);
        var now = time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            return _ring is not null && Find(key) is { } at && now - at < options.Value.ReplayWindow.Ticks;
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
            _ring ??= new Entry[Capacity];
            _buckets ??= new int[BucketCount];
            while (_count > 0 && (_count == Capacity || now - _ring[_oldest].At >= window))
            {
                Unlink(_oldest);
                _oldest = (_oldest + 1) % Capacity;
                _count--;
            }
            var slot = (_oldest + _count) % Capacity;
            ref var bucket = ref _buckets[Bucket(key)];
            // At the head of its chain, so a key remembered again is found with its newer time first.
            _ring[slot] = new Entry { Low = (ulong)key, High = (ulong)(key >> 64), At = now, Next = bucket };
            bucket = slot + 1;
            _count++;
        }
    }

    private long? Find(UInt128 key)
    {
        for (var next = _buckets![Bucket(key)]; next != 0; next = _ring![next - 1].Next)
        {
            ref readonly var entry = ref _ring![next - 1];
            if (entry.Low == (ulong)key && entry.High == (ulong)(key >> 64)) return entry.At;
        }
        return null;
    }

    // Takes the oldest slot out of its chain; being the oldest, it is the chain's last.
    private void Unlink(int slot)
    {
        ref var link = ref _buckets![Bucket(new UInt128(_ring![slot].High, _ring[slot].Low))];
        while (link != slot + 1) link = ref _ring[link - 1].Next;
        link = 0;
    }

    private static int Bucket(UInt128 key) => (int)((ulong)key & (BucketCount - 1));

    private struct Entry
    {
        public ulong Low;
        public ulong High;
        public long At;
        public int Next;
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
