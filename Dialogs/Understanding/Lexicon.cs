namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// The words the content uses in one language, and how any word maps onto them: synonyms, Dutch participles and
/// verb forms ("gedeeld", "deelt" → "del") and Dutch compounds split into known words ("bedrijfsgeheim" →
/// "bedrijf" + "geheim"). Index and questions resolve words the same way, so both sides meet.
/// </summary>
internal sealed class Lexicon
{
    private const int MinCompoundLength = 7;
    private const int MinPartLength = 3;

    private readonly TextAnalyzer _analyzer;
    private readonly HashSet<string> _surfaces = new(StringComparer.Ordinal);
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly bool _dutch;

    public Lexicon(TextAnalyzer analyzer, IEnumerable<string> contentWords)
    {
        _analyzer = analyzer;
        _dutch = analyzer.Language == Language.Nl;
        foreach (var word in contentWords.Concat(analyzer.SynonymWords))
        {
            if (word.Length < 2 || analyzer.IsStopWord(word)) continue; // one-letter synonyms resolve through the analyzer
            if (_surfaces.Add(word)) _terms.Add(analyzer.Term(word));
        }
    }

    public IReadOnlyCollection<string> Surfaces => _surfaces;

    public bool IsKnownSurface(string word) => _surfaces.Contains(word);

    public string[] Resolve(string word)
    {
        var term = _analyzer.Term(word);
        if (!_dutch || _analyzer.IsSynonym(term) || word.Length > RecognizerLimits.MaxWordLength) return [term];
        if (Variant(word) is { } variant) return [variant];
        if (word.Length >= MinCompoundLength && Split(word) is { } parts) return parts;
        return [term];
    }

    // Participles and verb forms: "gedeeld" → "deel", "geplaatst" → "plaats", "gebruikt" → "gebruik", "deelt" → "deel".
    private string? Variant(string word)
    {
        var participle = word.Length >= 6 && word.StartsWith("ge", StringComparison.Ordinal);
        var dentalEnding = word.Length >= 5 && word[^1] is 't' or 'd';
        if (!participle && !dentalEnding) return null;
        var term = _analyzer.Term(word);
        if (participle)
        {
            if (Known(word[2..], term) is { } a) return a;
            if (dentalEnding && Known(word[2..^1], term) is { } b) return b;
        }
        return dentalEnding ? Known(word[..^1], term) : null;
    }

    private string? Known(string candidate, string original)
    {
        var term = _analyzer.Term(candidate);
        return term != original && _terms.Contains(term) ? term : null;
    }

    // The split whose shorter part is longest; the head may carry a linking s ("bedrijfs-") and may split once more.
    // Each candidate part is stemmed once per word, so a long unknown word costs a few dozen stems, not an explosion.
    private string[]? Split(string word)
    {
        var parts = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Part(string candidate)
        {
            if (!parts.TryGetValue(candidate, out var term)) parts[candidate] = term = IsPart(candidate) ? _analyzer.Term(candidate) : null;
            return term;
        }
        return Split(word, Part, depth: 2);
    }

    private static string[]? Split(string word, Func<string, string?> part, int depth)
    {
        string[]? best = null;
        var bestScore = 0;
        for (var i = MinPartLength; i <= word.Length - MinPartLength; i++)
        {
            var score = Math.Min(i, word.Length - i);
            if (score <= bestScore) continue;
            var head = word[..i];
            if (part(word[i..]) is not { } tail) continue;
            var headTerms = part(head) is { } h ? [h]
                : head.Length > MinPartLength && head[^1] == 's' && part(head[..^1]) is { } linked ? [linked]
                : depth > 1 && head.Length >= MinCompoundLength ? Split(head, part, depth - 1)
                : null;
            if (headTerms is null) continue;
            bestScore = score;
            best = [.. headTerms, tail];
        }
        return best;
    }

    private bool IsPart(string part) =>
        !_analyzer.IsStopWord(part) && (_surfaces.Contains(part) || _terms.Contains(_analyzer.Term(part)));
}
