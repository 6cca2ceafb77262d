namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>"Did you mean" hints for misspelt keys, ids and verdicts.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate within a small edit distance (ignoring case, '-' and '_'), or null.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var wanted = Normalize(value);
        var limit = wanted.Length < 5 ? 1 : wanted.Length < 12 ? 2 : 3;
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(wanted, Normalize(c))))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    /// <summary>"; did you mean 'x'?" or an empty string.</summary>
    public static string DidYouMean(string value, IEnumerable<string> candidates) =>
        Closest(value, candidates) is { } match ? $"; did you mean '{match}'?" : "";

    /// <summary>"; did you mean 'x'?" or, for a short fixed list, "; expected one of: a, b, c".</summary>
    public static string DidYouMeanOrList(string value, IReadOnlyList<string> candidates) =>
        Closest(value, candidates) is { } match
            ? $"; did you mean '{match}'?"
            : "; expected one of: " + string.Join(", ", candidates);

    private static string Normalize(string s) => s.Replace("-", "").Replace("_", "").ToLowerInvariant();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
