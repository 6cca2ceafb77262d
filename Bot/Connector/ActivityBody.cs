using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.ObjectPool;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Connector;

/// <summary>
/// An outbound activity's JSON in a buffer that later sends reuse, instead of a new array per send (README
/// "Performance"). A body is lent for one send, retries included, and given back when that send is over: the Connector
/// client's requests are HTTP/1.1 (HttpRequestMessage's default version, never upgraded), where SocketsHttpHandler has
/// written the whole body before it reads the response, and Polly's attempt timeout waits for a cancelled attempt to
/// end, so nothing reads the buffer once the send has returned. A body given back is zeroed (best effort: an array the
/// buffer outgrew while writing is left to the GC as it was).
/// </summary>
internal sealed class ActivityBody : IDisposable
{
    /// <summary>Larger buffers (a rare big card) are left to the GC rather than kept.</summary>
    private const int LargestKept = 16 * 1024;

    private static readonly ObjectPool<ActivityBody> Shared = NewPool();

    // The writer settings the protocol's serializer options imply (not indented, its encoder): the same bytes come out
    // as from JsonSerializer.SerializeToUtf8Bytes (ActivityBodyTests).
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ProtocolJson.Options.Encoder,
        Indented = ProtocolJson.Options.WriteIndented,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;
    private ObjectPool<ActivityBody>? _pool;
    private int _lent;

    private ActivityBody() => _writer = new Utf8JsonWriter(_buffer, WriterOptions);

    public ReadOnlyMemory<byte> Json => _buffer.WrittenMemory;

    /// <summary>A pool of bodies; the Connector shares one, tests make their own.</summary>
    internal static ObjectPool<ActivityBody> NewPool() => new DefaultObjectPool<ActivityBody>(new Policy(), maximumRetained: 128);

    public static ActivityBody Write(Activity activity) => Write(activity, Shared);

    internal static ActivityBody Write(Activity activity, ObjectPool<ActivityBody> pool)
    {
        var body = pool.Get();
        (body._pool, body._lent) = (pool, 1);
        try
        {
            JsonSerializer.Serialize(body._writer, activity, ProtocolJson.Options);
            return body;
        }
        catch
        {
            // What the writer had not flushed lies beyond the written bytes that giving back zeroes.
            body._writer.Reset();
            body._buffer.GetSpan().Clear();
            body.Dispose();
            throw;
        }
    }

    /// <summary>Back to the pool, once however often it is called; the body must not be read after this.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _lent, 0) == 1) _pool!.Return(this);
    }

    private sealed class Policy : IPooledObjectPolicy<ActivityBody>
    {
        public ActivityBody Create() => new();

        public bool Return(ActivityBody body)
        {
            body._writer.Reset();
            // Zeroed, not only rewound, also when it is too large to keep: a reply may quote what an employee typed.
            body._buffer.Clear();
            return body._buffer.Capacity <= LargestKept;
        }
    }
}
