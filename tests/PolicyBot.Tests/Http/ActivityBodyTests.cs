using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Tests.Http;

/// <summary>The pooled body of a send holds the bytes the serializer gives, and nothing of an earlier, longer body.</summary>
public sealed class ActivityBodyTests
{
    [Fact]
    public void APooledBodyHoldsTheSerializersBytesAlsoWhenItsBufferHeldALongerBodyBefore()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Één foto's \"delen\" <at>Anna</at> & meer 👍"}]}""");
        var longer = Reply("Mag ik dit delen? " + new string('x', 9000)) with
        {
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }],
        };
        var shorter = Reply("Ja, met <at>Anna</at> & \"quotes\" – één keer.");

        using (var body = ActivityBody.Write(longer))
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(longer, ProtocolJson.Options), body.Json.ToArray());
        using (var body = ActivityBody.Write(shorter))
            Assert.Equal(JsonSerializer.SerializeToUtf8Bytes(shorter, ProtocolJson.Options), body.Json.ToArray());
    }

    [Fact]
    public void ABodyGivenBackKeepsNothingOfTheReply()
    {
        var body = ActivityBody.Write(Reply("Ik wil een foto van mijn collega Anna de Vries delen"));
        Assert.True(MemoryMarshal.TryGetArray(body.Json, out var written));
        Assert.Contains(written.Array!.Take(written.Count), b => b != 0);

        body.Dispose();

        Assert.All(written.Array!.Take(written.Count), b => Assert.Equal(0, b));
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
