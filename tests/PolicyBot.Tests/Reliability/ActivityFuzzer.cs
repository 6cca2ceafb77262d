using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// Seeded generator of hostile request bodies: valid activities of every kind, then mutated (byte flips, truncation,
/// type swaps, nesting, huge strings, random Unicode with lone surrogates in JSON escapes, dropped and unknown fields).
/// The same seed always yields the same bodies, so a failure names the body that caused it.
/// </summary>
public sealed class ActivityFuzzer(int seed, string serviceUrl)
{
    private readonly Random _random = new(seed);

    public byte[] Next(int index)
    {
        var activity = Seed(index);
        var mutations = 1 + _random.Next(3);
        byte[]? bytes = null;
        for (var m = 0; m < mutations; m++)
        {
            switch (_random.Next(10))
            {
                case 0 when bytes is null: SwapType(activity); break;
                case 1 when bytes is null: Nest(activity); break;
                case 2 when bytes is null: HugeString(activity); break;
                case 3 when bytes is null: activity["text"] = RandomUnicodeMarker; break;
                case 4 when bytes is null: DropOrAdd(activity); break;
                case 5: bytes = Truncate(bytes ?? Encode(activity)); break;
                case 6: bytes = FlipBytes(bytes ?? Encode(activity)); break;
                default: break;
            }
        }
        return bytes ?? Encode(activity);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Deep = new() { MaxDepth = 8192 };

    private const string RandomUnicodeMarker = "\u0001RANDOM-UNICODE\u0001";

    private JsonObject Seed(int index)
    {
        var conversation = $"a:fuzz-{index % 64}";
        var message = Infrastructure.TestActivities.Message(serviceUrl, Pick(Texts), conversation);
        message["id"] = $"fuzz-{index}";
        switch (_random.Next(9))
        {
            case 0:
                message.Remove("text");
                message["value"] = new JsonObject { ["choice"] = Pick(Choices) };
                break;
            case 1:
                message["type"] = "conversationUpdate";
                message["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Infrastructure.TestActivities.BotId });
                break;
            case 2:
                message["type"] = "installationUpdate";
                message["action"] = "add";
                break;
            case 3:
                message["type"] = "invoke";
                message["name"] = _random.Next(2) == 0 ? "adaptiveCard/action" : "task/fetch";
                message["value"] = new JsonObject
                {
                    ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "choose", ["data"] = new JsonObject { ["choice"] = Pick(Choices) } },
                    ["trigger"] = "manual",
                };
                break;
            case 4:
                message["deliveryMode"] = "expectReplies";
                break;
            case 5:
                message["conversation"]!["conversationType"] = "channel";
                message["conversation"]!["id"] = $"19:fuzz-{index % 16}@thread.tacv2;messageid=1";
                message["text"] = "<at>PolicyBot</at> " + Pick(Texts);
                message["entities"] = new JsonArray(new JsonObject
                {
                    ["type"] = "mention",
                    ["text"] = "<at>PolicyBot</at>",
                    ["mentioned"] = new JsonObject { ["id"] = Infrastructure.TestActivities.BotId, ["name"] = "PolicyBot" },
                });
                break;
            case 6:
                message["type"] = Pick(["typing", "event", "endOfConversation", "messageReaction", "x-unknown"]);
                break;
            default:
                break;
        }
        return message;
    }

    private static readonly string[] Texts =
    [
        "mag ik een foto van een klant delen?", "may I share this?", "check my post", "help", "stop", "terug", "1", "ja",
        "a journalist DMed me", "talk to someone", "quiz", "", " ",
    ];

    private static readonly string[] Choices = ["cmd:check", "cmd:help", "cmd:handoff", "cmd:quiz", "yes", "no", "nonsense"];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void SwapType(JsonObject activity)
    {
        var (parent, key) = RandomSlot(activity);
        JsonNode? replacement = _random.Next(7) switch
        {
            0 => null,
            1 => JsonValue.Create(_random.Next()),
            2 => JsonValue.Create(_random.NextDouble() * 1e300),
            3 => JsonValue.Create(_random.Next(2) == 0),
            4 => new JsonArray(JsonValue.Create("x"), null, new JsonObject()),
            5 => new JsonObject { ["id"] = 5, ["text"] = new JsonArray() },
            _ => JsonValue.Create("swapped"),
        };
        Set(parent, key, replacement);
    }

    private void Nest(JsonObject activity)
    {
        var (parent, key) = RandomSlot(activity);
        var depth = _random.Next(2) == 0 ? _random.Next(1, 70) : _random.Next(70, 5000);
        JsonNode? node = Get(parent, key)?.DeepClone();
        for (var i = 0; i < depth; i++) node = _random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        Set(parent, key, node);
    }

    private void HugeString(JsonObject activity)
    {
        var (parent, key) = RandomSlot(activity);
        var length = _random.Next(4) == 0 ? 300_000 : _random.Next(1_000, 120_000);
        var word = Pick(Texts) + " ";
        var builder = new StringBuilder(length + word.Length);
        while (builder.Length < length) builder.Append(word);
        Set(parent, key, builder.ToString());
    }

    private void DropOrAdd(JsonObject activity)
    {
        var (parent, key) = RandomSlot(activity);
        if (_random.Next(2) == 0 && parent is JsonObject obj) obj.Remove(key.ToString()!);
        else activity[$"unknown{_random.Next(100)}"] = new JsonObject { ["deep"] = new JsonArray(1, "two", null) };
    }

    private byte[] Truncate(byte[] body) => body[.._random.Next(body.Length)];

    private byte[] FlipBytes(byte[] body)
    {
        var copy = body.ToArray();
        for (var i = _random.Next(1, 6); i > 0; i--) copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        return copy;
    }

    /// <summary>Serializes, then puts random Unicode (raw, and as \u escapes that include lone surrogates) in for the marker.</summary>
    private byte[] Encode(JsonObject activity)
    {
        var json = activity.ToJsonString(Deep);
        var marker = System.Text.Json.JsonSerializer.Serialize(RandomUnicodeMarker);
        if (json.Contains(marker, StringComparison.Ordinal)) json = json.Replace(marker, "\"" + RandomUnicode() + "\"", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(json);
    }

    private string RandomUnicode()
    {
        var builder = new StringBuilder();
        for (var i = _random.Next(1, 40); i > 0; i--)
        {
            switch (_random.Next(4))
            {
                case 0: builder.Append("\\u").Append(_random.Next(0xD800, 0xE000).ToString("x4", CultureInfo.InvariantCulture)); break;
                case 1: builder.Append("\\u").Append(_random.Next(0, 0x10000).ToString("x4", CultureInfo.InvariantCulture)); break;
                case 2: builder.Append(char.ConvertFromUtf32(_random.Next(0x1F300, 0x1FAFF))); break;
                default:
                    var c = (char)_random.Next(0x20, 0x7F);
                    builder.Append(c is '"' or '\\' ? 'q' : c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>A random property or array slot anywhere in the activity (parent and key or index).</summary>
    private (JsonNode Parent, object Key) RandomSlot(JsonObject activity)
    {
        var slots = new List<(JsonNode, object)>();
        Collect(activity);
        return slots.Count == 0 ? (activity, "text") : slots[_random.Next(slots.Count)];

        void Collect(JsonNode node)
        {
            if (node is JsonObject obj)
                foreach (var (name, child) in obj.ToList()) { slots.Add((obj, name)); if (child is not null) Collect(child); }
            else if (node is JsonArray array)
                for (var i = 0; i < array.Count; i++) { slots.Add((array, i)); if (array[i] is { } child) Collect(child); }
        }
    }

    private static JsonNode? Get(JsonNode parent, object key) => key is int i ? parent.AsArray()[i] : parent.AsObject()[(string)key];

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (key is int i) parent.AsArray()[i] = value;
        else parent.AsObject()[(string)key] = value;
    }
}
