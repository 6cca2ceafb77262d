namespace PolicyBot.Dialogs.Text;

/// <summary>
/// Whether words that name an answer are negated where they stand: "ze is niet akkoord", "she is not ok with it",
/// "geen journalist", "ze weten het niet". Answers whose own words hold the negation ("niet gevraagd", "not public
/// yet") are not affected: only the words around them count, and the words a match skips.
/// </summary>
public static class Negation
{
    // "nee"/"no" answer a question rather than negate the words after them ("nee, niets geheims"), but "niets"/"nothing"
    // do ("no, nothing confidential": user test 70); n't splits into "don" "t" and the like when normalized.
    private static readonly HashSet<string> Words = new(
        ["niet", "geen", "nooit", "niets", "niks", "zonder", "not", "never", "nothing", "without", "dont", "don", "didn", "doesn", "isn", "wasn", "aren", "weren", "haven", "hasn", "won", "cannot", "cant"],
        StringComparer.Ordinal);

    // Dutch puts "niet" after the verb ("ze weten het niet"): one word after the match counts too.
    private static readonly HashSet<string> After = new(["niet", "not"], StringComparer.Ordinal);

    private const int Before = 2;

    public static bool Is(string word) => Words.Contains(word);

    /// <summary>True when the match of words <paramref name="start"/> to <paramref name="end"/> (exclusive) is negated.</summary>
    public static bool Negates(ReadOnlySpan<string> words, int start, int end)
    {
        for (var i = Math.Max(0, start - Before); i < start; i++) if (Words.Contains(words[i])) return true;
        return end < words.Length && After.Contains(words[end]);
    }

    /// <summary>The same for a match at character <paramref name="at"/> of <paramref name="length"/> in a normalized, space-padded text.</summary>
    public static bool NegatesAt(string padded, int at, int length)
    {
        var before = padded.AsSpan(0, at).TrimEnd();
        for (var n = 0; n < Before && before.Length > 0; n++)
        {
            var space = before.LastIndexOf(' ');
            if (Words.Contains(before[(space + 1)..].ToString())) return true;
            before = space < 0 ? [] : before[..space].TrimEnd();
        }
        var after = padded.AsSpan(at + length).TrimStart();
        var next = after.IndexOf(' ');
        return next > 0 && After.Contains(after[..next].ToString());
    }
}
