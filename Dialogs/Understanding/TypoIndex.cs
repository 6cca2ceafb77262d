namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Finds the known word a misspelt word was meant to be: Damerau–Levenshtein distance 1 for words of 4 letters or
/// more, 2 from 8 letters, through a symmetric deletion index (every known word under its 1-letter deletions, and
/// 2-letter ones from 8 letters).
/// </summary>
internal sealed class TypoIndex
{
    private const int MinLength = 5;
    private const int LongLength = 8;

    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public TypoIndex(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length < MinLength - 1 || !_words.Add(word)) continue;
            foreach (var deletion in Deletions(word, word.Length >= LongLength ? 2 : 1)) Add(deletion, word);
        }
    }

    public static int MaxDistance(int length) => length >= LongLength ? 2 : length >= MinLength ? 1 : 0;

    /// <summary>The closest known word within the allowed distance, or null.</summary>
    public string? Correct(string word)
    {
        var max = MaxDistance(word.Length);
        if (max == 0 || word.Length > RecognizerLimits.MaxWordLength) return null;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var key in Deletions(word, max).Append(word))
        {
            if (!_byDeletion.TryGetValue(key, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                if (Math.Abs(candidate.Length - word.Length) > max) continue;
                var distance = EditDistance.DamerauLevenshtein(word, candidate, max);
                if (distance > max || distance > bestDistance) continue;
                if (distance == bestDistance && string.CompareOrdinal(candidate, best) >= 0) continue;
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void Add(string key, string word)
    {
        if (!_byDeletion.TryGetValue(key, out var list)) _byDeletion[key] = list = [];
        if (list.Count == 0 || list[^1] != word) list.Add(word);
    }

    private static IEnumerable<string> Deletions(string word, int depth)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        var level = new List<string> { word };
        for (var d = 0; d < depth; d++)
        {
            var next = new List<string>();
            foreach (var w in level)
                for (var i = 0; i < w.Length; i++)
                {
                    var deleted = w.Remove(i, 1);
                    if (seen.Add(deleted)) next.Add(deleted);
                }
            level = next;
            foreach (var w in next) yield return w;
        }
    }
}
