using System.Text.Json.Nodes;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Teams;

/// <summary>Group chat and channel activities as Teams sends them (PROTOCOL.md §6.1–6.4).</summary>
public static class TeamsActivities
{
    public const string ChannelConversation = "19:general@thread.tacv2";
    public const string GroupConversation = "19:abc@thread.v2";

    /// <summary>A message in a group chat or channel; <paramref name="text"/> as typed, <c>&lt;at&gt;</c> tags included.</summary>
    public static JsonObject Message(string serviceUrl, string conversationType, string? text, params (string Id, string Name)[] mentions)
    {
        var activity = TestActivities.Message(serviceUrl, text, ConversationId(conversationType));
        activity["conversation"]!["conversationType"] = conversationType;
        activity["conversation"]!["isGroup"] = true;
        if (conversationType == "channel") activity["channelData"]!["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" };
        activity["entities"] = new JsonArray([.. mentions.Select(m => (JsonNode)Mention(m.Id, m.Name))]);
        return activity;
    }

    /// <summary>An Action.Submit from a card in that conversation: <c>value</c>, no text, no mention.</summary>
    public static JsonObject Submit(string serviceUrl, string conversationType, JsonObject value)
    {
        var activity = Message(serviceUrl, conversationType, null);
        activity.Remove("text");
        activity["value"] = value;
        activity["replyToId"] = "card-1";
        return activity;
    }

    public static JsonObject MembersAdded(string serviceUrl, string conversationType, params string[] memberIds)
    {
        var activity = TestActivities.MembersAdded(serviceUrl, memberIds);
        activity["conversation"]!["id"] = ConversationId(conversationType);
        activity["conversation"]!["conversationType"] = conversationType;
        if (conversationType != "personal")
        {
            activity["conversation"]!["isGroup"] = true;
            activity["channelData"]!["eventType"] = "teamMemberAdded";
        }
        return activity;
    }

    public static JsonObject InstallationAdd(string serviceUrl, string conversationType)
    {
        var activity = TestActivities.Message(serviceUrl, null, ConversationId(conversationType));
        activity.Remove("text");
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        activity["conversation"]!["conversationType"] = conversationType;
        return activity;
    }

    public static JsonObject Mention(string id, string name) => new()
    {
        ["type"] = "mention",
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
        ["text"] = $"<at>{name}</at>",
    };

    private static string ConversationId(string conversationType) => conversationType switch
    {
        "channel" => ChannelConversation,
        "groupChat" => GroupConversation,
        _ => "a:personal-1",
    };
}
