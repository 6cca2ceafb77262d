using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Bot.Commands.Recording;

/// <summary>
/// Plays a <see cref="ConversationScript"/> against a running bot the way the Bot Framework Emulator talks to it
/// (<c>channelId: emulator</c>, <c>expectReplies</c>) and returns the conversation as the Emulator saves a
/// <c>.transcript</c>: a flat array of every activity in both directions, with roles, ids, timestamps and serviceUrl.
/// </summary>
public sealed class TranscriptRecorder(HttpClient bot, TimeProvider time)
{
    private const string ServiceUrl = "http://localhost:57123";
    private readonly JsonObject _user = new() { ["id"] = Guid.NewGuid().ToString(), ["name"] = "User", ["role"] = "user" };
    private readonly JsonObject _bot = new() { ["id"] = Guid.NewGuid().ToString(), ["name"] = "Bot", ["role"] = "bot" };
    private readonly string _conversationId = Guid.NewGuid().ToString("N") + "|livechat";
    private readonly JsonArray _transcript = [];

    public async Task<JsonArray> RecordAsync(ConversationScript script, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(script);
        var join = Activity("conversationUpdate", script.Locale);
        join["membersAdded"] = new JsonArray(_user.DeepClone(), _bot.DeepClone());
        var replies = await SendAsync(join, cancellationToken);
        foreach (var (step, index) in script.Steps.Select((s, i) => (s, i + 1)))
        {
            var message = Activity("message", script.Locale);
            if (step.User is not null)
            {
                message["text"] = step.User;
                message["textFormat"] = "plain";
            }
            else
            {
                // What Web Chat sends for an Action.Submit with object data: a message with the data as value, no text.
                message["value"] = SubmitData(replies, step.Press!)
                    ?? throw new InvalidDataException($"step {index}: the bot offered no button '{step.Press}'");
            }
            replies = await SendAsync(message, cancellationToken);
        }
        return _transcript;
    }

    private async Task<List<JsonObject>> SendAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        _transcript.Add(activity.DeepClone());
        activity["deliveryMode"] = "expectReplies";
        using var response = await bot.PostAsJsonAsync("/api/messages", activity, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        var replies = body?["activities"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
        foreach (var reply in replies)
        {
            reply["id"] ??= Guid.NewGuid().ToString("N");
            reply["timestamp"] ??= Now();
            if (reply["from"] is JsonObject from) from["role"] = "bot";
            if (reply["recipient"] is JsonObject recipient) recipient["role"] = "user";
            _transcript.Add(reply.DeepClone());
        }
        return replies;
    }

    private JsonObject Activity(string type, string locale) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString(),
        ["timestamp"] = Now(),
        ["localTimestamp"] = Now(),
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "emulator",
        ["from"] = _user.DeepClone(),
        ["conversation"] = new JsonObject { ["id"] = _conversationId },
        ["recipient"] = _bot.DeepClone(),
        ["locale"] = locale,
    };

    private string Now() => time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The <c>data</c> of the Action.Submit titled <paramref name="title"/> on the latest replies' cards.</summary>
    public static JsonNode? SubmitData(IEnumerable<JsonObject> replies, string title)
    {
        ArgumentNullException.ThrowIfNull(replies);
        foreach (var reply in replies.Reverse())
        {
            var found = Find(reply["attachments"], title);
            if (found is not null) return found.DeepClone();
        }
        return null;
    }

    private static JsonNode? Find(JsonNode? node, string title)
    {
        if (node is JsonArray array) return array.Select(item => Find(item, title)).FirstOrDefault(found => found is not null);
        if (node is not JsonObject obj) return null;
        if ((string?)obj["type"] == "Action.Submit" && string.Equals(((string?)obj["title"])?.Trim(), title.Trim(), StringComparison.OrdinalIgnoreCase))
            return obj["data"];
        return obj.Select(p => Find(p.Value, title)).FirstOrDefault(found => found is not null);
    }

    public static string Serialize(JsonArray transcript) =>
        transcript.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
