namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Splits words typed without spaces ("magik", "magikditposten", "canipost") into the words they are made of, when
/// every part is a word the content or the function-word lists know and at least one part is a function word. Dutch
/// compounds of content words ("bedrijfslogo") are left to <see cref="Lexicon"/>, which splits them into terms.
/// </summary>
internal sealed class RunTogetherWords(Func<string, bool> knows)
{
    private const int MinLength = 5;

    // People run the same few phrases together; each word is worked out once (bounded, shared by all turns).
    private readonly Caching.BoundedCache<string, string[]> _splits = new(10_000, StringComparer.Ordinal);

    /// <summary><paramref name="tokens"/> itself when no word is run together, else a copy with such words split.</summary>
    public string[] Split(string[] tokens)
    {
        List<string>? split = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var parts = Parts(tokens[i]);
            if (parts.Length == 1 && split is null) continue;
            split ??= [.. tokens.AsSpan(0, i)];
            split.AddRange(parts);
        }
        return split is null ? tokens : [.. split];
    }

    private string[] Parts(string token)
    {
        if (token.Length < MinLength || token.Length > RecognizerLimits.MaxWordLength || IsKnown(token)) return [token];
        if (_splits.TryGet(token, out var cached)) return cached;
        var parts = Segment(token) ?? [token];
        _splits.Set(token, parts);
        return parts;
    }

    private bool IsKnown(string word) => IsFunctionWord(word) || knows(word);

    private static bool IsFunctionWord(string word) => StopWords.Nl.Contains(word) || StopWords.En.Contains(word);

    /// <summary>The split into the fewest known words with a function word among them, or null.</summary>
    private string[]? Segment(string word)
    {
        // fewest[i]: fewest known words that make up word[..i]; from[i]: where the last of them starts.
        var fewest = new int[word.Length + 1];
        var from = new int[word.Length + 1];
        Array.Fill(fewest, int.MaxValue);
        fewest[0] = 0;
        for (var end = 1; end <= word.Length; end++)
            for (var start = end - 1; start >= 0; start--)
            {
                if (fewest[start] == int.MaxValue || fewest[start] + 1 >= fewest[end]) continue;
                // One letter only as a function word of its own ("i", "a", "u"), not as a stray piece of a word.
                var part = word[start..end];
                if (part.Length == 1 ? !IsFunctionWord(part) : !IsKnown(part)) continue;
                fewest[end] = fewest[start] + 1;
                from[end] = start;
            }
        if (fewest[word.Length] is < 2 or int.MaxValue) return null;
        var parts = new string[fewest[word.Length]];
        for (int end = word.Length, i = parts.Length - 1; i >= 0; end = from[end], i--) parts[i] = word[from[end]..end];
        return parts.Any(IsFunctionWord) ? parts : null;
    }
}
