using System.Text.Json.Nodes;

namespace PolicyBot.Cards;

/// <summary>
/// Splits model text (the markdown subset of the YAML content) into TextBlocks: one per paragraph, bullet lists kept
/// as one block of <c>- item</c> lines, <c>#</c> headings as bold blocks, <c>&gt;</c> quotes as emphasis containers.
/// Teams' TextBlock has no paragraphs or headings.
/// </summary>
internal static class MarkdownBlocks
{
    private static readonly string[] BulletMarks = ["- ", "* ", "+ ", "• "];

    public static IEnumerable<JsonObject> From(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var run = new List<string>();
        var runIsList = false;
        var spacing = (string?)null;

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var isBullet = Bullet(line) is not null;
            var isHeading = line.StartsWith('#');
            var isQuote = line.StartsWith('>');
            var continuesBullet = runIsList && !isBullet && line.Length > 0 && raw.StartsWith(' ');
            if (run.Count > 0 && (line.Length == 0 || isHeading || isQuote || (isBullet != runIsList && !continuesBullet)))
            {
                yield return Flush(run, runIsList, spacing);
                spacing = line.Length == 0 ? "Medium" : "Small";
            }
            if (line.Length == 0) continue;
            if (isQuote)
            {
                yield return Quote(line.TrimStart('>').Trim(), spacing);
                spacing = "Small";
                continue;
            }
            if (isHeading)
            {
                yield return CardElements.TextBlock(line.TrimStart('#').Trim(), weight: "Bolder", spacing: spacing);
                spacing = "Small";
                continue;
            }
            if (continuesBullet) run[^1] += " " + line;
            else run.Add(Bullet(line) ?? raw.TrimStart());
            runIsList = isBullet || continuesBullet;
        }
        if (run.Count > 0) yield return Flush(run, runIsList, spacing);
    }

    /// <summary>
    /// A quoted line (<c>&gt; text</c>, e.g. the employee's own question) as plain wrapped text in an emphasis container:
    /// Web Chat draws a markdown quote with a margin its TextBlock does not make room for, which clips the right edge.
    /// </summary>
    public static JsonObject Quote(string text, string? spacing = null)
    {
        var quote = new JsonObject
        {
            ["type"] = "Container",
            ["style"] = "emphasis",
            ["items"] = new JsonArray(CardElements.TextBlock(text)),
        };
        if (spacing is not null) quote["spacing"] = spacing;
        return quote;
    }

    /// <summary>Like <see cref="Quote"/>, for what a user typed: a RichTextBlock, so no markdown of theirs renders.</summary>
    public static JsonObject QuoteAsWritten(string text, string? spacing = null)
    {
        var quote = new JsonObject
        {
            ["type"] = "Container",
            ["style"] = "emphasis",
            ["items"] = new JsonArray(CardElements.PlainText(text)),
        };
        if (spacing is not null) quote["spacing"] = spacing;
        return quote;
    }

    /// <summary>
    /// <paramref name="markdown"/> with <paramref name="asWritten"/> (the user's text it quotes, usually as <c>&gt; {question}</c>)
    /// taken out and shown by <see cref="QuoteAsWritten"/>: a quoted text of several lines or with markdown stays one
    /// literal block. Each part is clipped to <paramref name="maxChars"/>.
    /// </summary>
    public static IEnumerable<JsonObject> From(string markdown, string? asWritten, int maxChars)
    {
        var at = string.IsNullOrEmpty(asWritten) ? -1 : markdown.IndexOf(asWritten, StringComparison.Ordinal);
        if (at < 0)
        {
            foreach (var block in From(CardText.Clip(markdown, maxChars))) yield return block;
            yield break;
        }
        var before = markdown[..at].TrimEnd(' ');
        if (before.EndsWith('>')) before = before[..^1];
        foreach (var block in From(CardText.Clip(before, maxChars))) yield return block;
        // The spacing a quote line gets in the markdown: apart from the paragraph before it, close to the one after.
        yield return QuoteAsWritten(CardText.Clip(asWritten!, maxChars), spacing: before.Trim().Length > 0 ? "Medium" : null);
        var first = true;
        foreach (var block in From(CardText.Clip(markdown[(at + asWritten!.Length)..], maxChars)))
        {
            if (first) block["spacing"] = "Small";
            first = false;
            yield return block;
        }
    }

    private static string? Bullet(string line)
    {
        foreach (var mark in BulletMarks)
            if (line.StartsWith(mark, StringComparison.Ordinal)) return "- " + line[mark.Length..].Trim();
        var dot = line.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 && dot <= 3 && line[..dot].All(char.IsAsciiDigit) ? line : null;
    }

    private static JsonObject Flush(List<string> run, bool isList, string? spacing)
    {
        // Markdown joins wrapped lines of a paragraph; a line ending in two spaces or a backslash is a hard break.
        var text = isList
            ? string.Join("\n", run)
            : string.Concat(run.Select((l, i) => i == run.Count - 1 ? l.TrimEnd(' ', '\\') : HardBreak(l) ? l.TrimEnd(' ', '\\') + "\n" : l.TrimEnd() + " "));
        run.Clear();
        return CardElements.TextBlock(text, spacing: spacing);
    }

    private static bool HardBreak(string line) => line.EndsWith("  ", StringComparison.Ordinal) || line.EndsWith('\\');
}
