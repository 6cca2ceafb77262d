using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyBot.Bot.Commands.Recording;
using PolicyBot.Dialogs.Turns;
using Xunit.Sdk;

namespace PolicyBot.Tests.Conversations;

/// <summary>
/// Plays a comms-staff conversation (<see cref="ConversationScript"/>) against the dialogs in memory and checks every
/// expectation. A failure shows the whole conversation as it went, with the first difference marked.
/// </summary>
public sealed partial class ConversationRunner(IBot bot)
{
    private readonly StringBuilder _log = new();

    public async Task RunAsync(ConversationScript script, string file)
    {
        var state = new ConversationData();
        var offered = new List<Choice>();
        _log.AppendLine($"--- {file}: {script.Name} ({script.Locale}) ---");
        foreach (var (turn, index) in script.Steps.Select((t, i) => (t, i + 1)))
        {
            _log.AppendLine($"{index}. {turn.Describe()}");
            var input = Input(turn, script.Locale, offered, index);
            var result = await bot.OnTurnAsync(input, state, CancellationToken.None);
            var messages = result.Messages.ToList();
            foreach (var message in messages) _log.AppendLine($"     bot: {Describe(message)}");
            if (Difference(turn, result, messages) is { } difference) throw Fail($"turn {index} ({turn.Describe()}): {difference}");
            if (messages.Any(m => m.Choices.Count > 0)) offered = [.. messages.SelectMany(m => m.Choices)];
        }
    }

    private TurnInput Input(ScriptTurn turn, string locale, List<Choice> offered, int index)
    {
        if (turn.User is not null) return TurnInput.Message(turn.User, locale);
        var choice = offered.FirstOrDefault(c => Same(c.Title, turn.Press!))
            ?? throw Fail($"turn {index}: there is no button '{turn.Press}'; the buttons were: {string.Join(", ", offered.Select(c => $"[{c.Title}]"))}");
        return TurnInput.Submit(JsonSerializer.SerializeToElement(ButtonActions.ToData(choice.Action)), locale);
    }

    private static string? Difference(ScriptTurn turn, TurnResult result, List<MessageReply> messages)
    {
        var usage = result.Effects.OfType<UsageEvent>().ToList();
        var next = 0;
        foreach (var expected in turn.Bot)
        {
            if (expected.Topic is { } topic && !usage.Any(u => u.Kind == UsageKind.Topic && u.TopicId == topic))
                return $"expected an answer from topic '{topic}', got {Topics(usage)}";
            if (expected.Handoff is { } owner && !usage.Any(u => u.Kind == UsageKind.Handoff && u.HandoffOwner == owner))
                return $"expected a hand-off to '{owner}', got none";
            if (expected.Unmatched is { } unmatched && unmatched != usage.Any(u => u.Kind == UsageKind.Unmatched))
                return unmatched ? $"expected 'nothing in the policy matches', got {Topics(usage)}" : "expected a match, got none";
            if (expected.Text is null && expected.Buttons is null && expected.Card is null) continue;

            var found = messages.Skip(next).Select((m, i) => (m, i)).FirstOrDefault(x => Matches(expected, x.m));
            if (found.m is null) return $"expected a message {Describe(expected)}, got none after reply {next}";
            next += found.i + 1;
        }
        return null;
    }

    private static bool Matches(ReplyExpectation expected, MessageReply message) =>
        (expected.Text is null || Normalize(AllText(message)).Contains(Normalize(expected.Text), StringComparison.OrdinalIgnoreCase))
        && (expected.Buttons is null || expected.Buttons.All(b => message.Choices.Any(c => Same(c.Title, b))))
        && (expected.Card is null || Same(CardKind(message), expected.Card));

    private static string AllText(MessageReply message) => message.Text + " " + message.Card switch
    {
        AnswerCard a => $"{a.Title} {a.Body} {a.Principle}",
        VerdictCard v => $"{v.Title} {v.Summary} {string.Join(' ', v.Reasons.Select(r => r.Text))} {string.Join(' ', v.Tips)}",
        HandoffCard h => $"{h.OwnerName} {h.Why} {h.Tell} {h.Contact}",
        _ => "",
    };

    private static string CardKind(MessageReply message) =>
        message.Card is null ? "" : message.Card.GetType().Name.Replace("Card", "", StringComparison.Ordinal).ToLowerInvariant();

    private static string Topics(List<UsageEvent> usage) =>
        usage.FirstOrDefault(u => u.Kind == UsageKind.Topic) is { } u ? $"topic '{u.TopicId}'" : "no topic";

    private static string Describe(ReplyExpectation e) =>
        string.Join(" and ", new[]
        {
            e.Text is null ? null : $"containing '{e.Text}'",
            e.Buttons is null ? null : $"with buttons {string.Join(", ", e.Buttons.Select(b => $"[{b}]"))}",
            e.Card is null ? null : $"with a {e.Card} card",
        }.OfType<string>());

    private static string Describe(MessageReply m)
    {
        var text = Normalize(m.Text);
        if (text.Length > 140) text = text[..140] + "…";
        var card = m.Card is null ? "" : $" <{CardKind(m)} card>";
        var buttons = m.Choices.Count > 0 ? " " + string.Join(" ", m.Choices.Select(c => $"[{c.Title}]")) : "";
        return text + card + buttons;
    }

    private static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string text) => Spaces().Replace(text.Replace("**", "", StringComparison.Ordinal), " ").Trim();

    private XunitException Fail(string message) => new($"{message}\n\n{_log}   ^ first difference here");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
