using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace PolicyBot.Bot.Editor;

/// <summary>
/// Writes an edited value in place of the old one, in the old one's style where it still fits (plain, quoted, a
/// <c>|</c> block, a block or <c>[...]</c> list), so a publish's diff shows the words that changed and little else.
/// </summary>
public static partial class YamlWriter
{
    /// <summary>The text to put in place of <paramref name="old"/>'s span for the single value <paramref name="value"/>.</summary>
    public static string Scalar(string value, YamlSpan old, string text)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(text);
        value = value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n', ' ');
        var oldText = text[old.Start..old.End];
        // a block value ends with its line break(s) and the next line's indentation: those stay
        var trailing = oldText[oldText.TrimEnd().Length..];
        // a block stays a block, and a text that gains a line becomes one (except inside [...] or {...})
        if ((value.Contains('\n') || old.Style == ScalarStyle.Literal) && !old.InFlow && value.Length > 0 && !char.IsWhiteSpace(value[0]))
        {
            var keep = old.Style == ScalarStyle.Literal && oldText.StartsWith("|\n", StringComparison.Ordinal);
            var indent = new string(' ', BlockIndent(old, text));
            var lines = value.Split('\n').Select(line => line.Length == 0 ? "" : indent + line);
            var block = (keep ? "|" : "|-") + "\n" + string.Join("\n", lines);
            return block + (trailing.Contains('\n') ? trailing : "\n" + trailing);
        }
        return Inline(value, old.Style, old.InFlow) + (old.Style is ScalarStyle.Literal or ScalarStyle.Folded ? trailing : "");
    }

    /// <summary>
    /// The text to put in place of the list <paramref name="old"/>: items it already had keep their exact text, new
    /// ones are quoted as the list's other items are.
    /// </summary>
    public static string List(IReadOnlyList<string> items, YamlSpan old, string text)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(text);
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in old.Items.Where(i => i.Kind == YamlSpanKind.Scalar)) kept.TryAdd(item.Value, text[item.Start..item.End].TrimEnd());
        var quoted = old.Items.Count == 0 || old.Items.Any(i => i.Style == ScalarStyle.DoubleQuoted);
        var written = items.Select(item => kept.TryGetValue(item, out var same) ? same : quoted ? DoubleQuoted(item) : Inline(item, ScalarStyle.Plain, inFlow: true)).ToList();
        if (old.InFlow || written.Count == 0 || old.Items.Count == 0) return "[" + string.Join(", ", written) + "]";
        var column = old.Start - (text.LastIndexOf('\n', Math.Max(0, old.Start - 1)) + 1);
        return "- " + string.Join("\n" + new string(' ', column) + "- ", written);
    }

    private static string Inline(string value, ScalarStyle style, bool inFlow)
    {
        if (value.Contains('\n')) return DoubleQuoted(value);
        if (style == ScalarStyle.Plain && IsPlainSafe(value, inFlow)) return value;
        if (style == ScalarStyle.SingleQuoted && value.Length > 0) return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        return DoubleQuoted(value);
    }

    public static string DoubleQuoted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return text.Append('"').ToString();
    }

    private static bool IsPlainSafe(string value, bool inFlow) =>
        value.Length > 0 && value.Trim() == value && !Reserved().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':') && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) < 0
        && (!inFlow || value.IndexOfAny([',', '[', ']', '{', '}']) < 0);

    // values YAML would read as something other than text
    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|no|No|on|On|off|Off|[-+]?[0-9][0-9_.:eE+-]*|\.inf|\.nan)$")]
    private static partial Regex Reserved();

    // a block keeps its own indentation; a value that becomes a block goes two spaces in from its key
    private static int BlockIndent(YamlSpan old, string text)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, old.Start - 1)) + 1;
        if (old.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            var next = text.IndexOf('\n', old.Start) + 1;
            while (next > 0 && next < old.End)
            {
                var spaces = 0;
                while (next + spaces < text.Length && text[next + spaces] == ' ') spaces++;
                if (next + spaces < text.Length && text[next + spaces] != '\n') return spaces;
                next = text.IndexOf('\n', next) + 1;
            }
        }
        var indent = 0;
        while (lineStart + indent < text.Length && (text[lineStart + indent] == ' ' || (text[lineStart + indent] == '-' && text.Length > lineStart + indent + 1 && text[lineStart + indent + 1] == ' ')))
            indent++;
        return indent + 2;
    }
}
