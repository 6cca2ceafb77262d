using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Content;

namespace PolicyBot.Benchmarks.Load;

/// <summary>One turn of the script: the activity to send (a JSON template) and the fewest replies it must produce.</summary>
public sealed record ScriptTurn(string Name, string Template, int MinReplies)
{
    public ScriptTurn(string name, JsonObject activity, int minReplies)
        : this(name, ConversationScript.Template(activity), minReplies)
    {
    }
}

/// <summary>
/// What a benchmark user does, taken from the bundled content so it follows the real dialogs: join (welcome card),
/// the guided check with card submits (<c>cmd:check</c>, then choice ids down to a verdict), a Dutch and an English
/// topic question, and a hand-off (<c>cmd:contact</c> → owner → question → yes). Variants rotate choices, topics and
/// owners, so conversations do not all take the same path.
/// </summary>
public static class ConversationScript
{
    public const string BotId = "28:policybot-bench";

    public static IReadOnlyList<ScriptTurn> For(PolicyContent content, int variant)
    {
        ArgumentNullException.ThrowIfNull(content);
        var turns = new List<ScriptTurn> { new("join", MembersAdded(), 1), new("cmd:check", Submit("cmd:check"), 2) };

        var check = content.Checks[variant % content.Checks.Count];
        var step = check.Step(check.Start);
        for (var depth = 0; step is not null; depth++)
        {
            var choice = step.Choices[(variant + depth) % step.Choices.Count];
            turns.Add(new("check choice", Submit(choice.Id), 1));
            step = choice.Next is null ? null : check.Step(choice.Next);
        }

        var topics = content.Topics;
        var dutch = topics[variant % topics.Count].Triggers.Nl;
        var english = topics[(variant + 7) % topics.Count].Triggers.En;
        turns.Add(new("question nl", Message(dutch[variant % dutch.Count]), 1));
        turns.Add(new("question en", Message(english[variant % english.Count]), 1));

        var owner = content.Owners[variant % content.Owners.Count];
        turns.Add(new("cmd:contact", Submit("cmd:contact"), 1));
        turns.Add(new("owner", Submit(owner.Id), 1));
        turns.Add(new("handoff question", Message("Can I say on LinkedIn that we are in talks with Fabrikam about a partnership?"), 1));
        turns.Add(new("confirm", Submit("yes"), 1));
        return turns;
    }

    /// <summary>
    /// What most employees do: type. A policy question that starts the guided check ("mag ik dit delen?"), the first
    /// two steps answered by number ("1", "2"), a topic question in the middle of the check (answered, then back to
    /// the check) and "opnieuw" (the check starts over). Variants rotate the topic question over the content's Dutch
    /// trigger phrases.
    /// </summary>
    public static IReadOnlyList<ScriptTurn> Typed(PolicyContent content, int variant)
    {
        ArgumentNullException.ThrowIfNull(content);
        var dutch = content.Topics[variant % content.Topics.Count].Triggers.Nl;
        return
        [
            new("typed policy question", Message("mag ik dit delen?", "nl-NL"), 1),
            new("typed 1", Message("1", "nl-NL"), 1),
            new("typed 2", Message("2", "nl-NL"), 1),
            new("typed topic question", Message(dutch[variant % dutch.Count], "nl-NL"), 1),
            new("typed opnieuw", Message("opnieuw", "nl-NL"), 1),
        ];
    }

    /// <summary>The wire JSON of <paramref name="turn"/> in conversation <paramref name="conversationId"/> (ids need no JSON escaping).</summary>
    public static byte[] Render(ScriptTurn turn, string conversationId, int sequence, string serviceUrl, bool expectReplies)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var json = turn.Template
            .Replace("@@ID@@", $"act-{sequence}", StringComparison.Ordinal)
            .Replace("@@CONVERSATION@@", conversationId, StringComparison.Ordinal)
            .Replace("@@SERVICEURL@@", serviceUrl, StringComparison.Ordinal)
            .Replace("@@DELIVERY@@", expectReplies ? "expectReplies" : "normal", StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(json);
    }

    internal static string Template(JsonObject activity)
    {
        activity["id"] = "@@ID@@";
        activity["serviceUrl"] = "@@SERVICEURL@@";
        activity["conversation"]!["id"] = "@@CONVERSATION@@";
        activity["deliveryMode"] = "@@DELIVERY@@";
        return activity.ToJsonString();
    }

    private static JsonObject Message(string? text, string locale = "en-US")
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["timestamp"] = "2026-01-02T03:04:05.1234567Z",
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:bench-user", ["name"] = "Bench User", ["aadObjectId"] = "aad-bench" },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = "tenant-bench" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PolicyBot" },
            ["locale"] = locale,
            ["textFormat"] = "plain",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-bench" } },
        };
        if (text is not null) activity["text"] = text;
        return activity;
    }

    /// <summary>An Adaptive Card Action.Submit as Teams sends it: a message with <c>value</c>, no text, replying to the card.</summary>
    private static JsonObject Submit(string choice)
    {
        var activity = Message(null);
        activity["value"] = new JsonObject { ["choice"] = choice };
        activity["replyToId"] = "card-1";
        return activity;
    }

    private static JsonObject MembersAdded()
    {
        var activity = Message(null);
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:bench-user" });
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }
}
