using System.Globalization;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>
/// A hand-off ticket in an owner's channel: title, the question, facts (topic, language, ticket id), the check's
/// answers, when it was asked (in the reader's own time zone), its status, and the "I'll take it" button while open;
/// for its taker the answer field and "Close with an answer", then the answer and "Suggest as a new trigger phrase".
/// The question, the status (which names the picker) and the answer are plain text: people wrote them. On Teams the
/// card's <c>refresh</c> lets Teams ask for the taker's own view (other hosts get the card without it).
/// </summary>
public static class TicketAdaptiveCard
{
    public static JsonObject Build(TicketCard ticket, MessageReply reply, int maxTextChars = CardText.Unlimited)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(reply);
        var body = new JsonArray
        {
            CardElements.TextBlock("📨 " + CardText.Clip(ticket.Title, maxTextChars), size: "Large", weight: "Bolder"),
        };
        if (!string.IsNullOrWhiteSpace(ticket.QuestionHeading)) body.Add(CardElements.TextBlock(ticket.QuestionHeading, weight: "Bolder", spacing: "Medium"));
        body.Add(new JsonObject
        {
            ["type"] = "Container",
            ["style"] = "emphasis",
            ["items"] = new JsonArray(CardElements.PlainText(CardText.Clip(ticket.Question, maxTextChars))),
        });

        var facts = new JsonArray();
        foreach (var fact in ticket.Facts) facts.Add(new JsonObject { ["title"] = fact.Title, ["value"] = CardText.Clip(fact.Value, maxTextChars) });
        if (facts.Count > 0) body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts, ["spacing"] = "Medium" });

        if (ticket.Answers.Count > 0)
        {
            if (!string.IsNullOrWhiteSpace(ticket.AnswersHeading)) body.Add(CardElements.TextBlock(ticket.AnswersHeading, weight: "Bolder", spacing: "Medium"));
            var answers = ticket.Answers.Select(a => $"- {CardText.Clip(a.Question, maxTextChars).ReplaceLineEndings(" ")} **{CardText.Clip(a.Answer, maxTextChars)}**");
            body.Add(CardElements.TextBlock(string.Join("\n", answers), spacing: "Small"));
        }

        body.Add(CardElements.TextBlock($"{ticket.AskedLabel} {LocalTime(ticket.AskedAt)}", size: "Small", subtle: true, spacing: "Medium"));
        // The symbol carries the state; coloured text ("Good", "Warning") is unreadable on Teams' light theme.
        body.Add(CardElements.PlainText((ticket.PickedUpAt is null ? "⏳ " : "✅ ") + CardText.Clip(ticket.Status, maxTextChars), weight: "Bolder", spacing: "Small"));
        // Date functions work in TextBlocks only, so the pick-up time gets a line of its own.
        if (ticket.PickedUpAt is { } at) body.Add(CardElements.TextBlock(LocalTime(at), size: "Small", subtle: true, spacing: "None"));

        if (ticket.Answer is { } answer)
        {
            body.Add(CardElements.TextBlock(ticket.AnswerHeading, weight: "Bolder", spacing: "Medium"));
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["style"] = "emphasis",
                ["items"] = new JsonArray(CardElements.PlainText(CardText.Clip(answer, maxTextChars))),
            });
        }
        if (ticket.Note is { } note) body.Add(CardElements.TextBlock(note, size: "Small", subtle: true, spacing: "Small"));
        if (ticket.AnswerPlaceholder is { } placeholder)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = ButtonActions.CloseTicketAnswer,
                ["placeholder"] = placeholder,
                ["isMultiline"] = true,
                ["maxLength"] = MaxAnswerChars,
                ["spacing"] = "Medium",
            });
        }
        if (ticket.Error is { } error) body.Add(CardElements.TextBlock("⚠️ " + error, weight: "Bolder", color: "Attention", spacing: "Small"));

        var actions = new JsonArray();
        CardElements.AddButtons(reply, body, actions);
        var card = CardElements.Card(reply, body, actions, maxTextChars, fullWidth: false);
        if (ticket.Refresh is { } refresh)
        {
            // Teams runs this for the listed users when they see the card, and shows them the card the bot answers with.
            card["refresh"] = new JsonObject
            {
                ["action"] = new JsonObject
                {
                    ["type"] = UniversalActions.ExecuteType,
                    ["verb"] = ButtonActions.Verb(refresh),
                    ["data"] = ButtonActions.ToData(refresh),
                },
                ["userIds"] = new JsonArray([.. ticket.RefreshUserIds.Select(id => (JsonNode)JsonValue.Create(id))]),
            };
        }
        return card;
    }

    /// <summary>Long enough for a real answer, short enough that the card with it stays within Teams' limits.</summary>
    public const int MaxAnswerChars = 4000;

    /// <summary>Adaptive Card date functions: Teams shows the time in each reader's own time zone and language.</summary>
    private static string LocalTime(DateTimeOffset time)
    {
        var iso = time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"{{{{DATE({iso}, SHORT)}}}} {{{{TIME({iso})}}}}";
    }
}
