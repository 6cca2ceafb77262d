using System.Globalization;
using System.Text;

namespace PolicyBot.Dialogs.Text;

/// <summary>Case-, accent- and punctuation-insensitive text for matching: "Één foto's!" → "een foto s".</summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var original in text)
        {
            // Precomposed letters lose their accents here and combining marks typed apart ("e" + U+0301) just below,
            // without ICU's FormD (the bot runs in globalization-invariant mode).
            var c = AccentFolding.Fold(original);
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>The normalized words of a text.</summary>
    public static string[] Tokens(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Normalized words joined and padded with a space on each side (" mag ik dit delen "): a padded phrase is then
    /// found in a padded text as whole words only ("intern" not in "internship").
    /// </summary>
    public static string Padded(IEnumerable<string> words) => " " + string.Join(' ', words) + " ";

    /// <summary>Each phrase normalized and padded (<see cref="Padded(IEnumerable{string})"/>), empty ones left out.</summary>
    public static string[] PaddedPhrases(IEnumerable<string> phrases) =>
        [.. phrases.Select(Normalize).Where(p => p.Length > 0).Select(p => " " + p + " ")];
}
