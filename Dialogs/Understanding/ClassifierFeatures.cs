namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// The hashed features <see cref="TopicClassifier"/> reads: each word's terms (both languages), the pair of each word's
/// first term with the previous word's, and each word's character 3- to 5-grams.
/// </summary>
internal static class ClassifierFeatures
{
    private const int MinGram = 3;
    private const int MaxGram = 5;

    /// <summary>All features of a text, in order: a word's terms and n-grams, then its pair with the previous word.</summary>
    public static void OfText(string[] tokens, Func<string, IEnumerable<string>> terms, List<ulong> into, int termRepeat)
    {
        string? previous = null;
        foreach (var token in tokens)
        {
            if (!Counts(token)) continue;
            var first = OfWord(token, terms(token), into, termRepeat);
            if (first is null) continue;
            if (previous is not null) into.Add(Pair(previous, first));
            previous = first;
        }
    }

    /// <summary>Function words and words too long to be words (a pasted token) have no features.</summary>
    public static bool Counts(string token) =>
        token.Length <= RecognizerLimits.MaxWordLength && !StopWords.Nl.Contains(token) && !StopWords.En.Contains(token);

    /// <summary>A word's own features (its terms, <paramref name="termRepeat"/> times each, and its n-grams).</summary>
    /// <returns>Its first term, which pairs with the neighbouring words' first terms; null when it has none.</returns>
    public static string? OfWord(string token, IEnumerable<string> terms, List<ulong> into, int termRepeat)
    {
        string? first = null;
        foreach (var term in terms)
        {
            first ??= term;
            for (var r = 0; r < termRepeat; r++) into.Add(Hash('t', term));
        }
        if (TextAnalyzer.IsNumber(token)) return first;
        Span<char> word = stackalloc char[token.Length + 2];
        word[0] = '<';
        token.AsSpan().CopyTo(word[1..]);
        word[^1] = '>';
        for (var n = MinGram; n <= MaxGram; n++)
            for (var i = 0; i + n <= word.Length; i++)
                into.Add(Hash('g', word.Slice(i, n)));
        return first;
    }

    public static ulong Pair(string previous, string first) => Hash('p', previous, first);

    // FNV-1a over a kind tag and the characters; 64 bits, so collisions among a few hundred thousand features are negligible.
    private static ulong Hash(char kind, ReadOnlySpan<char> text, ReadOnlySpan<char> second = default)
    {
        var hash = 14695981039346656037UL;
        hash = (hash ^ kind) * 1099511628211UL;
        foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
        if (second.Length > 0)
        {
            hash = (hash ^ '|') * 1099511628211UL;
            foreach (var c in second) hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
