using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;

namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// The one place a <see cref="ButtonAction"/> is written as card data and read back from a submit: <c>{"verb": …}</c>
/// with the action's fields, and on older cards a <c>choice</c> string (<c>cmd:check</c>, <c>topic:&lt;id&gt;</c>,
/// <c>owner:&lt;id&gt;?ref=…</c>, <c>ticket:take:&lt;id&gt;</c>, …, or a choice id), which is still understood.
/// </summary>
public static class ButtonActions
{
    /// <summary>The id of the taker's text input on a ticket card; Teams sends its value in the action's data under this name.</summary>
    public const string CloseTicketAnswer = "answer";

    private static readonly (Interruption Kind, string Verb)[] Interrupts =
        [(Interruption.Help, "help"), (Interruption.Cancel, "cancel"), (Interruption.StartOver, "start-over"), (Interruption.Back, "back")];

    private static readonly (MenuItem Item, string Verb)[] Menu =
        [(MenuItem.Topics, "topics"), (MenuItem.Contact, "contact"), (MenuItem.Quiz, "quiz"), (MenuItem.Scenarios, "scenarios"), (MenuItem.NoneOfThese, "none-of-these")];

    /// <summary>The card data for <paramref name="action"/>: its verb first, then its fields.</summary>
    public static JsonObject ToData(ButtonAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var data = new JsonObject { ["verb"] = Verb(action) };
        switch (action)
        {
            case ChoiceAnswer answer: data["choice"] = answer.Choice; break;
            case StartCheck { CheckId: { } check }: data["check"] = check; break;
            case ShowTopic topic: data["topic"] = topic.TopicId; break;
            case PickSuggestion suggestion:
                data["topic"] = suggestion.TopicId;
                if (suggestion.Question is { } question) data["question"] = question;
                break;
            case RateAnswer rating:
                data["topic"] = rating.TopicId;
                data["helped"] = rating.Helped;
                break;
            case AskOwner owner:
                data["owner"] = owner.OwnerId;
                if (owner.Ref is { } reference) data["ref"] = reference;
                if (owner.TopicId is { } topicId) data["topic"] = topicId;
                if (owner.CheckId is { } checkId) data["check"] = checkId;
                if (owner.Answers.Count > 0)
                    data["answers"] = new JsonArray([.. owner.Answers.Select(a => (JsonNode)new JsonObject { ["step"] = a.Step, ["choice"] = a.Choice })]);
                break;
            case TakeTicket ticket: data["ticket"] = ticket.TicketId; break;
            case ViewTicket ticket: data["ticket"] = ticket.TicketId; break;
            case CloseTicket ticket: data["ticket"] = ticket.TicketId; break;
            case SuggestTicket ticket: data["ticket"] = ticket.TicketId; break;
        }
        return data;
    }

    /// <summary>The verb of <paramref name="action"/> (<c>Action.Execute</c>'s <c>verb</c>).</summary>
    public static string Verb(ButtonAction action) => action switch
    {
        ChoiceAnswer => "choice",
        Interrupt i => Interrupts.First(x => x.Kind == i.Kind).Verb,
        StartCheck => "check",
        ShowTopic => "topic",
        PickSuggestion => "suggestion",
        RateAnswer => "feedback",
        AskOwner => "owner",
        TakeTicket => "take-ticket",
        ViewTicket => "ticket",
        CloseTicket => "close-ticket",
        SuggestTicket => "suggest-ticket",
        MenuAction m => Menu.First(x => x.Item == m.Item).Verb,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.GetType().Name, "Unknown button action."),
    };

    /// <summary>The <c>prompt</c> field of Action.Submit data: the question whose card the button was on (<see cref="MessageReply.PromptId"/>).</summary>
    public static string? SubmittedPrompt(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("prompt", out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()
            : null;

    /// <summary>The action a card submit carries, or null when it carries none this bot knows (a forged or foreign submit).</summary>
    public static ButtonAction? From(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data) return null;
        if (data.TryGetProperty("verb", out var verb)) return verb.ValueKind == JsonValueKind.String ? From(verb.GetString()!, data) : null;
        return Text(data, "choice") is { } legacy ? FromLegacy(legacy) : null;
    }

    /// <summary>The action of <paramref name="verb"/> with the fields of <paramref name="data"/>, or null when they do not make one.</summary>
    public static ButtonAction? From(string verb, JsonElement data)
    {
        ArgumentNullException.ThrowIfNull(verb);
        if (Interrupts.FirstOrDefault(x => x.Verb == verb) is { Verb: not null } interrupt) return new Interrupt(interrupt.Kind);
        if (Menu.FirstOrDefault(x => x.Verb == verb) is { Verb: not null } menu) return new MenuAction(menu.Item);
        var topic = Text(data, "topic");
        return verb switch
        {
            "choice" => Text(data, "choice") is { } choice ? new ChoiceAnswer(choice) : null,
            "check" => new StartCheck(Text(data, "check")),
            "topic" when topic is not null => new ShowTopic(topic),
            "suggestion" when topic is not null => new PickSuggestion(topic, Text(data, "question")),
            "feedback" when topic is not null && data.TryGetProperty("helped", out var helped) && helped.ValueKind is JsonValueKind.True or JsonValueKind.False
                => new RateAnswer(topic, helped.GetBoolean()),
            "owner" when Text(data, "owner") is { } owner => new AskOwner(owner, Text(data, "ref"))
            {
                TopicId = topic,
                CheckId = Text(data, "check"),
                Answers = data.TryGetProperty("answers", out var answers) && answers.ValueKind == JsonValueKind.Array
                    ? [.. answers.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object)
                        .Select(a => (Step: Text(a, "step"), Choice: Text(a, "choice")))
                        .Where(a => a.Step is not null && a.Choice is not null).Select(a => new CheckAnswer(a.Step!, a.Choice!))]
                    : [],
            },
            "take-ticket" when Text(data, "ticket") is { } ticket => new TakeTicket(ticket),
            "ticket" when Text(data, "ticket") is { } ticket => new ViewTicket(ticket),
            "close-ticket" when Text(data, "ticket") is { } ticket => new CloseTicket(ticket, Text(data, CloseTicketAnswer)),
            "suggest-ticket" when Text(data, "ticket") is { } ticket => new SuggestTicket(ticket),
            _ => null,
        };
    }

    /// <summary>
    /// The string values of cards sent before buttons were typed, which stay in employees' chats: <c>cmd:…</c>,
    /// <c>topic:</c>, <c>check:</c>, <c>suggested:&lt;id&gt;?q=…</c>, <c>feedback:up:</c>/<c>feedback:down:</c>,
    /// <c>owner:</c> and <c>ticket:take:</c>; anything else is a choice id.
    /// </summary>
    public static ButtonAction FromLegacy(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        const string Command = "cmd:";
        if (value.StartsWith(Command, StringComparison.Ordinal))
        {
            var verb = value[Command.Length..];
            if (verb == "check") return new StartCheck();
            if (Interrupts.FirstOrDefault(x => x.Verb == verb) is { Verb: not null } interrupt) return new Interrupt(interrupt.Kind);
            if (Menu.FirstOrDefault(x => x.Verb == verb) is { Verb: not null } menu) return new MenuAction(menu.Item);
            return new ChoiceAnswer(value);
        }
        return value switch
        {
            _ when After(value, "topic:") is { } topic => new ShowTopic(topic),
            _ when After(value, "check:") is { } check => new StartCheck(check),
            _ when After(value, "suggested:") is { } suggested => Suggestion(suggested),
            _ when After(value, "feedback:up:") is { } helped => new RateAnswer(helped, true),
            _ when After(value, "feedback:down:") is { } notHelped => new RateAnswer(notHelped, false),
            _ when After(value, "owner:") is { } owner => Owner(owner),
            _ when After(value, "ticket:take:") is { } ticket => new TakeTicket(ticket),
            _ => new ChoiceAnswer(value),
        };
    }

    /// <summary>
    /// An owner and the context after it as older buttons and the hand-off's options write it:
    /// <c>customer-service?ref=3f9a0c1e</c>, <c>customer-service?check=may-i-share&amp;answers=what:complaint,secret:no</c>.
    /// Ids are kebab-case, so the separators never clash with them.
    /// </summary>
    public static AskOwner Owner(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var (owner, query) = value.IndexOf('?') is var q and >= 0 ? (value[..q], value[(q + 1)..]) : (value, "");
        var fields = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        return new AskOwner(owner, fields.GetValueOrDefault("ref"))
        {
            TopicId = fields.GetValueOrDefault("topic"),
            CheckId = fields.GetValueOrDefault("check"),
            Answers = [.. fields.GetValueOrDefault("answers", "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.Split(':', 2)).Where(a => a.Length == 2).Select(a => new CheckAnswer(a[0], a[1]))],
        };
    }

    private static PickSuggestion Suggestion(string value) =>
        value.IndexOf('?') is var at and >= 0
            ? new PickSuggestion(value[..at], HttpUtility.ParseQueryString(value[(at + 1)..])["q"])
            : new PickSuggestion(value, null);

    private static string? After(string value, string prefix) =>
        value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : null;

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString() : null;
}
