using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.ObjectPool;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Connector;

/// <summary>
/// An outbound activity's JSON in a buffer that later sends reuse, instead of a new array per send (README
/// "Performance"). A body is lent for one send, retries included, and given back when that send is over: the Connector
/// client speaks HTTP/1.1, where SocketsHttpHandler has written the whole body before it reads the response, and Polly's
/// attempt timeout waits for a cancelled attempt to end, so nothing reads the buffer once the send has returned.
/// </summary>
internal sealed class ActivityBody : IDisposable
{
    /// <summary>Larger buffers (a rare big card) are left to the GC rather than kept.</summary>
    private const int LargestKept = 16 * 1024;

    private static readonly ObjectPool<ActivityBody> Pool = new DefaultObjectPool<ActivityBody>(new Policy(), maximumRetained: 128);

    // What JsonSerializer.SerializeToUtf8Bytes takes from the options for its own writer: the same bytes come out.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ProtocolJson.Options.Encoder,
        Indented = ProtocolJson.Options.WriteIndented,
    };

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;

    private ActivityBody() => _writer = new Utf8JsonWriter(_buffer, WriterOptions);

    public ReadOnlyMemory<byte> Json => _buffer.WrittenMemory;

    public static ActivityBody Write(Activity activity)
    {
        var body = Pool.Get();
        try
        {
            JsonSerializer.Serialize(body._writer, activity, ProtocolJson.Options);
            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    /// <summary>Back to the pool; the body must not be read after this.</summary>
    public void Dispose() => Pool.Return(this);

    private sealed class Policy : IPooledObjectPolicy<ActivityBody>
    {
        public ActivityBody Create() => new();

        public bool Return(ActivityBody body)
        {
            if (body._buffer.Capacity > LargestKept) return false;
            body._writer.Reset();
            // Zeroed, not only rewound: a reply may quote what an employee typed, which must not outlive its send.
            body._buffer.Clear();
            return true;
        }
    }
}
