using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Tests.Http;

/// <summary>The pooled body of a send holds the bytes the serializer gives, and nothing of an earlier, longer body.</summary>
public sealed class ActivityBodyTests
{
    // A pool of the tests' own: the Connector's shared pool is used by other tests running at the same time.
    private readonly Microsoft.Extensions.ObjectPool.ObjectPool<ActivityBody> _pool = ActivityBody.NewPool();

    [Fact]
    public void APooledBodyHoldsTheSerializersBytesAlsoWhenItsBufferHeldALongerBodyBefore()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Één foto's \"delen\" <at>Anna</at> & meer 👍"}]}""");
        var longer = Reply("Mag ik dit delen? " + new string('x', 1500)) with
        {
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }],
        };
        var shorter = Reply("Ja, met <at>Anna</at> & \"quotes\" – één keer.");

        ActivityBody first;
        using (var body = first = ActivityBody.Write(longer, _pool))
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(longer, ProtocolJson.Options), body.Json.ToArray());
        using (var body = ActivityBody.Write(shorter, _pool))
        {
            Assert.Same(first, body);
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(shorter, ProtocolJson.Options), body.Json.ToArray());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20_000)] // too large to keep in the pool
    public void ABodyGivenBackKeepsNothingOfTheReply(int padding)
    {
        var body = ActivityBody.Write(Reply("Ik wil een foto van mijn collega Anna de Vries delen" + new string('x', padding)), _pool);
        Assert.True(MemoryMarshal.TryGetArray(body.Json, out var written));
        Assert.Contains(written.Array!.Take(written.Count), b => b != 0);

        body.Dispose();

        Assert.All(written.Array!.Take(written.Count), b => Assert.Equal(0, b));
    }

    [Fact]
    public void ABodyDisposedTwiceIsGivenBackOnce()
    {
        var body = ActivityBody.Write(Reply("een"), _pool);

        body.Dispose();
        body.Dispose();
        using var first = ActivityBody.Write(Reply("twee"), _pool);
        using var second = ActivityBody.Write(Reply("drie"), _pool);

        Assert.NotSame(first, second);
    }

    [Fact]
    public async Task BodiesWrittenAtOnceOnManyThreadsEachHoldTheirOwnActivity()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
        {
            var activity = Reply($"reply {i} " + new string('y', i * 37));
            using var body = ActivityBody.Write(activity);
            return body.Json.Span.SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options));
        })));
        Assert.All(results, Assert.True);
    }

    private static Activity Reply(string text) => new()
    {
        Type = "message",
        Text = text,
        ServiceUrl = "http://127.0.0.1:1/",
        Conversation = new ConversationAccount { Id = "a:body" },
        From = new ChannelAccount { Id = "28:bot", Name = "PolicyBot" },
        Recipient = new ChannelAccount { Id = "29:user" },
        Locale = "nl-NL",
    };
}
