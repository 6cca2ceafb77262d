using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>
/// A topic answer: bold title, the answer body, the principle behind it (subtle), then the reply's choices
/// (related topics, ask the owner) and links as buttons. The reply's own text is the card's fallback.
/// </summary>
public static class AnswerAdaptiveCard
{
    public static JsonObject Build(AnswerCard answer, MessageReply reply, int maxTextChars = CardText.Unlimited)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(reply);
        var body = new JsonArray
        {
            CardElements.TextBlock(CardText.Clip(answer.Title, maxTextChars), size: "Large", weight: "Bolder"),
        };
        foreach (var block in MarkdownBlocks.From(CardText.Clip(answer.Body, maxTextChars))) body.Add(block);

        if (!string.IsNullOrWhiteSpace(answer.Principle))
        {
            var principle = new JsonArray();
            if (!string.IsNullOrWhiteSpace(answer.PrincipleHeading))
                principle.Add(CardElements.TextBlock(answer.PrincipleHeading, size: "Small", weight: "Bolder", subtle: true));
            principle.Add(CardElements.TextBlock(
                CardText.Clip(answer.Principle, maxTextChars), size: "Small", subtle: true, spacing: "None"));
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["spacing"] = "Medium",
                ["items"] = principle,
            });
        }

        if (answer.Source is { } source)
        {
            // Where the channel shows no citations (all but Teams), the policy page is a link under the answer.
            var link = $"[{CardText.Clip(EscapeLinkText(source.Title), maxTextChars)}]({LinkTarget(source.Url)})";
            body.Add(CardElements.TextBlock(
                string.IsNullOrWhiteSpace(answer.SourceLabel) ? link : $"{answer.SourceLabel}: {link}", size: "Small", subtle: true));
        }

        if (reply.Choices.Count > 0 && !string.IsNullOrWhiteSpace(answer.RelatedHeading))
            body.Add(CardElements.TextBlock(answer.RelatedHeading, weight: "Bolder", spacing: "Medium"));

        var actions = new JsonArray();
        // With "did this help?" below them, the topic's buttons stay in the body, under their heading.
        CardElements.AddButtons(reply, body, actions, inBody: answer.Feedback.Count > 0);
        if (answer.Feedback.Count > 0)
        {
            // Its own row under everything else, so it reads as a question about the answer, not as one more topic.
            body.Add(new JsonObject
            {
                ["type"] = "ColumnSet",
                ["separator"] = true,
                ["spacing"] = "Medium",
                ["columns"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["type"] = "Column", ["width"] = "stretch", ["verticalContentAlignment"] = "Center",
                        ["items"] = new JsonArray { CardElements.TextBlock(answer.FeedbackQuestion, size: "Small", subtle: true) },
                    },
                    new JsonObject
                    {
                        ["type"] = "Column", ["width"] = "auto",
                        ["items"] = new JsonArray { new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. answer.Feedback.Select(c => (JsonNode)CardElements.Submit(c))]) } },
                    },
                },
            });
        }
        return CardElements.Card(reply, body, actions, maxTextChars, fullWidth: true);
    }

    // Content only holds absolute https URLs; spaces and parentheses would end the markdown link.
    private static string LinkTarget(string url) => (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : url)
        .Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);

    // A title with brackets must not end the markdown link early.
    private static string EscapeLinkText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
