using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>
/// The end of the guided check: a header coloured by <see cref="VerdictKind"/>, the summary, the reasons (with the
/// principle each points at), the tips, then the reply's choices and links as buttons.
/// </summary>
public static class VerdictAdaptiveCard
{
    // Symbols only: the words come from the model. The container's colour and the symbol carry the kind; the title keeps
    // the host's default text colour, the only one readable (≥ 4.5:1) on every coloured container in Web Chat and Teams
    // ("Warning" text on a "warning" container is 1.2:1 in Teams). VerdictContrastTests measures it.
    private static (string Style, string Symbol) Look(VerdictKind kind) => kind switch
    {
        VerdictKind.GoAhead => ("good", "✅"),
        VerdictKind.GoAheadWithCare => ("warning", "⚠️"),
        VerdictKind.DontShare => ("attention", "⛔"),
        VerdictKind.AskOwner => ("accent", "💬"),
        _ => ("emphasis", "ℹ️"),
    };

    public static JsonObject Build(VerdictCard verdict, MessageReply reply, int maxTextChars = CardText.Unlimited)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(reply);
        var body = new JsonArray { Header(verdict, maxTextChars) };
        foreach (var block in MarkdownBlocks.From(CardText.Clip(verdict.Summary, maxTextChars))) body.Add(block);

        if (verdict.Reasons.Count > 0)
        {
            AddHeading(body, verdict.ReasonsHeading);
            foreach (var reason in verdict.Reasons)
            {
                body.Add(CardElements.TextBlock("- " + CardText.Clip(reason.Text, maxTextChars), spacing: "Small"));
                if (!string.IsNullOrWhiteSpace(reason.TopicTitle))
                    body.Add(CardElements.TextBlock("→ " + reason.TopicTitle, size: "Small", subtle: true, spacing: "None"));
            }
        }

        if (verdict.Tips.Count > 0)
        {
            AddHeading(body, verdict.TipsHeading);
            var tips = verdict.Tips.Select(t => "- " + CardText.Clip(t, maxTextChars).ReplaceLineEndings(" "));
            body.Add(CardElements.TextBlock(string.Join("\n", tips), spacing: "Small"));
        }

        var actions = new JsonArray();
        CardElements.AddButtons(reply, body, actions);
        return CardElements.Card(reply, body, actions, maxTextChars, fullWidth: true);
    }

    private static JsonObject Header(VerdictCard verdict, int maxTextChars)
    {
        var (style, symbol) = Look(verdict.Kind);
        var title = CardElements.TextBlock(CardText.Clip(verdict.Title, maxTextChars), size: "Large", weight: "Bolder");
        return new JsonObject
        {
            ["type"] = "Container",
            ["style"] = style,
            ["bleed"] = true,
            ["items"] = new JsonArray(new JsonObject
            {
                ["type"] = "ColumnSet",
                ["columns"] = new JsonArray(
                    Column("auto", new JsonObject { ["type"] = "TextBlock", ["text"] = symbol, ["size"] = "ExtraLarge" }),
                    Column("stretch", title)),
            }),
        };
    }

    private static JsonObject Column(string width, JsonObject item) => new()
    {
        ["type"] = "Column",
        ["width"] = width,
        ["verticalContentAlignment"] = "Center",
        ["items"] = new JsonArray(item),
    };

    private static void AddHeading(JsonArray body, string heading)
    {
        if (!string.IsNullOrWhiteSpace(heading))
            body.Add(CardElements.TextBlock(heading, weight: "Bolder", spacing: "Medium"));
    }
}
