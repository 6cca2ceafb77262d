using System.Text.Json.Nodes;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>The building blocks every card shares: the 1.5 root, text blocks and the reply's buttons.</summary>
internal static class CardElements
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";

    // Teams shows at most 6 actions per action bar; beyond 5 the buttons move into body ActionSets of even rows.
    public const int MaxActionsPerRow = 5;

    // Longer lists (all topics) read as a list: one full-width button per row, as Teams cuts long titles off in rows.
    public const int MaxButtonsInRows = 10;

    public static JsonObject Card(MessageReply reply, JsonArray body, JsonArray actions, int maxText, bool fullWidth)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["lang"] = reply.Language.Code(),
            ["fallbackText"] = CardText.Clip(reply.Text, maxText),
            ["body"] = body,
            ["actions"] = actions,
        };
        // Only the reading cards (answers, verdicts: long text that wraps into a tall column at the default width) get
        // the whole chat width in Teams; other hosts ignore msteams. Short cards keep the default width, which needs no
        // renderer notice in the Agents Playground.
        if (fullWidth) card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    public static JsonObject TextBlock(
        string text, string? size = null, string? weight = null, string? color = null,
        bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (color is not null) block["color"] = color;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        return block;
    }

    /// <summary>
    /// Text shown exactly as written: a RichTextBlock's TextRun renders no markdown, unlike a TextBlock or a fact, so
    /// what an employee typed cannot become a link or a fake status on a card the bot authored.
    /// </summary>
    public static JsonObject PlainText(string text, string? weight = null, string? spacing = null)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        if (weight is not null) run["weight"] = weight;
        var block = new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray(run) };
        if (spacing is not null) block["spacing"] = spacing;
        return block;
    }

    public static JsonObject Submit(Choice choice, string? promptId = null)
    {
        // Always an object: Web Chat and Teams merge it into the message's value (PROTOCOL §6.5).
        var data = ButtonActions.ToData(choice.Action);
        if (promptId is not null) data["prompt"] = promptId;
        return new JsonObject { ["type"] = "Action.Submit", ["title"] = choice.Title, ["data"] = data };
    }

    public static JsonObject OpenUrl(LinkAction link) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = link.Title,
        ["url"] = link.Url,
    };

    /// <summary>
    /// An absolute URL with nothing a host could choke on. Not <see cref="Uri.IsWellFormedUriString"/>: it refuses
    /// escaped UTF-8 (<c>%C3%A9</c>), so every deep link of a Dutch question with an "é" would be left off.
    /// </summary>
    public static bool IsOpenable(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out _) && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>
    /// Adds the reply's choices (Action.Submit) and links (Action.OpenUrl): in the action bar when they fit; up to
    /// <see cref="MaxButtonsInRows"/> in rows of even length (6 make 3 + 3, never 5 + 1); more as a vertical list.
    /// </summary>
    public static void AddButtons(MessageReply reply, JsonArray body, JsonArray actions, bool inBody = false)
    {
        // A link Teams cannot open would make the whole card fail to render; leave it out instead.
        var buttons = reply.Choices.Select(c => Submit(c, reply.PromptId))
            .Concat(reply.Links.Where(l => IsOpenable(l.Url)).Select(OpenUrl))
            .ToList();
        if (buttons.Count <= MaxActionsPerRow && !inBody)
        {
            foreach (var button in buttons) actions.Add(button);
            return;
        }
        var perRow = buttons.Count > MaxButtonsInRows ? 1 : (int)Math.Ceiling(buttons.Count / Math.Ceiling(buttons.Count / (double)MaxActionsPerRow));
        foreach (var row in buttons.Chunk(perRow))
        {
            var set = new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. row]) };
            if (perRow == 1) set["spacing"] = "Small";
            body.Add(set);
        }
    }
}
