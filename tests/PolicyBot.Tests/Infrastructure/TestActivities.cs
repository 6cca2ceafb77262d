using System.Text.Json.Nodes;

namespace PolicyBot.Tests.Infrastructure;

/// <summary>Inbound activities shaped like the ones Teams and the Emulator send (PROTOCOL.md §2.3, §5.2).</summary>
public static class TestActivities
{
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-1";

    public static JsonObject Message(string serviceUrl, string? text, string conversationId = "a:conv-1", string channelId = "msteams") => new()
    {
        ["type"] = "message",
        ["id"] = "activity-1",
        ["timestamp"] = "2025-01-02T03:04:05.1234567Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Megan", ["aadObjectId"] = "aad-1" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PolicyBot" },
        ["text"] = text,
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    public static JsonObject MembersAdded(string serviceUrl, params string[] memberIds)
    {
        var activity = Message(serviceUrl, null);
        activity.Remove("text");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray([.. memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id })]);
        return activity;
    }

    public static JsonObject Invoke(string serviceUrl, string name, JsonNode? value)
    {
        var activity = Message(serviceUrl, null);
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = name;
        activity["value"] = value;
        return activity;
    }

    public static JsonObject ExpectReplies(this JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }
}
