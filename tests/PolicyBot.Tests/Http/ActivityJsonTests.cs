using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Tests.Http;

public sealed class ActivityJsonTests
{
    private const string TeamsActivity = """
        {
          "type": "message", "id": "1485983408511", "timestamp": "2017-02-01T21:10:07.437Z",
          "localTimestamp": "2017-02-01T13:10:07.437-08:00", "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:1XJK", "name": "Megan Bowen", "aadObjectId": "7faf", "futureAccountField": { "x": [1, 2] } },
          "conversation": { "conversationType": "personal", "tenantId": "72f9", "id": "a:17I0", "futureConversationField": true },
          "recipient": { "id": "28:c9e8", "name": "Teams TestBot" },
          "text": "<at>Teams TestBot</at> hello", "textFormat": "plain", "locale": "en-US",
          "attachments": [ { "contentType": "text/html", "content": "<p>hello</p>", "futureAttachmentField": 3 } ],
          "suggestedActions": { "to": ["29:1XJK"], "actions": [ { "type": "imBack", "title": "Yes", "value": "yes", "futureActionField": null } ] },
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:c9e8", "name": "Teams TestBot" }, "text": "<at>Teams TestBot</at>" },
            { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Windows" },
            { "type": "somethingNew", "text": { "not": "a string" } }
          ],
          "channelData": { "tenant": { "id": "72f9" }, "eventType": "brandNew" },
          "relatesTo": { "activityId": "0", "channelId": "msteams", "futureReferenceField": "x" },
          "textHighlights": [ { "text": "hello", "occurrence": 1 } ],
          "futureTopLevelField": { "nested": { "deep": [ "kept" ] } }
        }
        """;

    [Fact]
    public void UnknownFieldsSurviveARoundTripAtEveryLevel()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsActivity, ProtocolJson.Options)!;

        var written = JsonSerializer.SerializeToNode(activity, ProtocolJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsActivity), written), written!.ToJsonString());
    }

    [Fact]
    public void KnownFieldsAreTypedAndMentionsReadable()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsActivity, ProtocolJson.Options)!;

        Assert.Equal("a:17I0", activity.Conversation!.Id);
        Assert.Equal(new DateTimeOffset(2017, 2, 1, 21, 10, 7, 437, TimeSpan.Zero), activity.TimestampValue);
        Assert.True(activity.Entities![0].TryGetMention(out var id, out var name, out var text));
        Assert.Equal(("28:c9e8", "Teams TestBot", "<at>Teams TestBot</at>"), (id, name, text));
        Assert.False(activity.Entities[2].TryGetMention(out _, out _, out _));
        Assert.Equal("brandNew", activity.ChannelData!.Value.GetProperty("eventType").GetString());
    }

    [Fact]
    public void ReadsAnyCasingAndWritesCamelCaseWithoutNulls()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"Type":"message","ServiceURL":"http://x","Conversation":{"ID":"c"}}""", ProtocolJson.Options)!;

        var written = JsonSerializer.Serialize(activity with { ReplyToId = "<at>1</at>" }, ProtocolJson.Options);

        Assert.Equal("""{"type":"message","serviceUrl":"http://x","conversation":{"id":"c"},"replyToId":"<at>1</at>"}""", written);
    }

    [Fact]
    public void GarbageTimestampIsKeptRawInsteadOfFailing()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"message","timestamp":"yesterday"}""", ProtocolJson.Options)!;

        Assert.Equal("yesterday", activity.Timestamp);
        Assert.Null(activity.TimestampValue);
    }

    [Fact]
    public void ReplyIsAddressedBackToTheSender()
    {
        var inbound = JsonSerializer.Deserialize<Activity>(TeamsActivity, ProtocolJson.Options)!;

        var reply = inbound.CreateReply();

        Assert.Equal(("28:c9e8", "29:1XJK", "1485983408511"), (reply.From!.Id, reply.Recipient!.Id, reply.ReplyToId));
        Assert.Equal((inbound.ChannelId, inbound.ServiceUrl, inbound.Locale), (reply.ChannelId, reply.ServiceUrl, reply.Locale));
        Assert.Same(inbound.Conversation, reply.Conversation);
        Assert.Null(reply.Id);
    }

    [Theory]
    [InlineData("directline", null)]
    [InlineData("webchat", null)]
    [InlineData("msteams", "1")]
    public void ConversationUpdateOnDirectLineIsNotThreaded(string channelId, string? replyToId)
    {
        var inbound = new Activity { Type = ActivityTypes.ConversationUpdate, Id = "1", ChannelId = channelId };

        Assert.Equal(replyToId, inbound.CreateReply().ReplyToId);
    }

    [Fact]
    public void ConversationReferenceCarriesWhatProactiveMessagesNeed()
    {
        var inbound = JsonSerializer.Deserialize<Activity>(TeamsActivity, ProtocolJson.Options)!;

        var reference = inbound.GetConversationReference();

        Assert.Equal(("1485983408511", "29:1XJK", "28:c9e8", "a:17I0", "msteams", "https://smba.trafficmanager.net/amer/"),
            (reference.ActivityId, reference.User!.Id, reference.Bot!.Id, reference.Conversation!.Id, reference.ChannelId, reference.ServiceUrl));
    }
}
