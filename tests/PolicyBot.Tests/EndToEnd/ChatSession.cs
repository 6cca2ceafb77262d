using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.EndToEnd;

/// <summary>
/// One user talking to the real bot over HTTP, as a channel would: messages and card submits go to
/// /api/messages, replies are read from the fake Bot Connector that received them.
/// </summary>
public sealed class ChatSession(BotHost host, FakeConnector connector, string channelId, string locale, string conversationId)
{
    private int _seen = connector.Requests.Count;
    private int _activity;

    /// <summary>The message updates (PUT) the bot made in the last turn, e.g. an answered question card.</summary>
    public IReadOnlyList<RecordedRequest> LastUpdates { get; private set; } = [];

    public Task<List<JsonObject>> JoinAsync()
    {
        var activity = TestActivities.MembersAdded(connector.Url, TestActivities.UserId, TestActivities.BotId);
        return PostAsync(activity);
    }

    public Task<List<JsonObject>> SayAsync(string text) => PostAsync(TestActivities.Message(connector.Url, text));

    /// <summary>
    /// An Adaptive Card Action.Submit as cards of every release send a choice, and older cards every button: a message
    /// with <c>value</c> <c>{"choice": …}</c> and no text.
    /// </summary>
    public Task<List<JsonObject>> PressAsync(string choice) => SubmitAsync(new JsonObject { ["choice"] = choice });

    /// <summary>The Action.Submit of a button that does <paramref name="action"/>, with the data today's cards give it.</summary>
    public Task<List<JsonObject>> PressAsync(ButtonAction action) => SubmitAsync(ButtonActions.ToData(action));

    private Task<List<JsonObject>> SubmitAsync(JsonObject value)
    {
        var activity = TestActivities.Message(connector.Url, null);
        activity.Remove("text");
        activity["value"] = value;
        activity["replyToId"] = "card-message-1";
        return PostAsync(activity);
    }

    /// <summary>The HTTP answer to the last invoke (<see cref="ExecuteAsync"/>).</summary>
    public JsonNode? LastInvokeAnswer { get; private set; }

    /// <summary>
    /// A Universal Action pressed on <paramref name="button"/> (an <c>Action.Execute</c> of a card the bot sent), as
    /// Teams sends it: invoke <c>adaptiveCard/action</c>, <c>replyToId</c> the card's message, <c>value.action</c> with
    /// the button's verb and data, <c>trigger: manual</c>; the tenant and the user's AAD id as on every Teams activity.
    /// </summary>
    public async Task<List<JsonObject>> ExecuteAsync(JsonObject button, string replyToId = "card-message-1")
    {
        var activity = TestActivities.Invoke(connector.Url, "adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = (string?)button["type"],
                ["id"] = (string?)button["id"] ?? "",
                ["verb"] = (string?)button["verb"],
                ["data"] = button["data"]?.DeepClone(),
            },
            ["trigger"] = "manual",
        });
        activity["replyToId"] = replyToId;
        return await PostAsync(activity);
    }

    private async Task<List<JsonObject>> PostAsync(JsonObject activity)
    {
        activity["id"] = $"activity-{++_activity}";
        activity["channelId"] = channelId;
        activity["locale"] = locale;
        activity["conversation"]!["id"] = conversationId;
        using var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        LastInvokeAnswer = (string?)activity["type"] == "invoke" && body.Length > 0 ? JsonNode.Parse(body) : null;
        var requests = connector.Requests.Skip(_seen).ToList();
        _seen = connector.Requests.Count;
        LastUpdates = [.. requests.Where(r => r.Method == "PUT")];
        return [.. requests.Where(r => r.Method == "POST").Select(r => r.Json)];
    }
}

public static class ReplyJson
{
    public static IEnumerable<JsonObject> Messages(this IEnumerable<JsonObject> replies) =>
        replies.Where(r => (string?)r["type"] == "message");

    public static JsonObject Card(this JsonObject reply) =>
        reply["attachments"]!.AsArray().Single()!["content"]!.AsObject();

    /// <summary>What every Action.Submit on the card does, in the card's action bar or in ActionSets, in order.</summary>
    public static List<ButtonAction> SubmitActions(this JsonObject reply)
    {
        var actions = new List<ButtonAction>();
        Walk(reply.Card());
        return actions;

        void Walk(JsonNode? node)
        {
            if (node is JsonArray array) foreach (var item in array) Walk(item);
            if (node is not JsonObject obj) return;
            if ((string?)obj["type"] == "Action.Submit" && ButtonActions.From(JsonSerializer.SerializeToElement(obj["data"])) is { } action) actions.Add(action);
            foreach (var (_, child) in obj) Walk(child);
        }
    }

    /// <summary>
    /// Every Action.Submit <c>choice</c> value on the card (the choices of the question it asks); a Teams card's
    /// Action.Execute counts once, as the Action.Submit it falls back to.
    /// </summary>
    public static List<string> SubmitChoices(this JsonObject reply) =>
        [.. AsSubmits(reply.Card().DeepClone()).ToJsonString().Split("\"choice\":\"").Skip(1).Select(s => s[..s.IndexOf('"')])];

    private static JsonNode AsSubmits(JsonNode node)
    {
        if (node is JsonArray array)
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject item && (string?)item["type"] == "Action.Execute" && item["fallback"] is JsonObject fallback)
                    array[i] = fallback.DeepClone();
                else if (array[i] is { } child)
                    AsSubmits(child);
            }
        if (node is JsonObject obj)
            foreach (var (_, child) in obj.ToList())
                if (child is not null) AsSubmits(child);
        return node;
    }

    /// <summary>Every Action.OpenUrl <c>url</c> on the card, wherever it sits.</summary>
    public static List<string> OpenUrls(this JsonObject reply)
    {
        var urls = new List<string>();
        Walk(reply["attachments"] is null ? null : reply.Card());
        return urls;

        void Walk(JsonNode? node)
        {
            if (node is JsonArray array) foreach (var item in array) Walk(item);
            if (node is not JsonObject obj) return;
            if ((string?)obj["type"] == "Action.OpenUrl") urls.Add((string)obj["url"]!);
            foreach (var (_, child) in obj) Walk(child);
        }
    }

    // Relaxed escaping, so a card's "isn't" reads as written instead of "isn\u0027t".
    public static string AllText(this JsonObject reply) =>
        reply["attachments"] is null ? (string?)reply["text"] ?? "" : reply.Card().ToJsonString(ReadableJson);

    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
