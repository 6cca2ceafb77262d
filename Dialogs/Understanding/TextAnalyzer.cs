using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>A word of a text after stop-word removal; <see cref="Term"/> is set when a synonym phrase already fixed it.</summary>
internal readonly record struct Word(string Surface, string? Term);

/// <summary>
/// One language's word pipeline: normalise, find multi-word synonyms, drop stop words, stem, and map synonyms to
/// the canonical term of their group (the stem of the group's first word).
/// </summary>
internal sealed class TextAnalyzer
{
    private readonly Func<string, string> _stemmer;
    private readonly HashSet<string> _stopWords;
    private readonly Dictionary<string, string> _synonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _phrasesByFirstStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _phraseTerms = new(StringComparer.Ordinal);
    private readonly List<string> _synonymWords = [];

    // Snowball is the dearest step of a word, and the phrases repeat the same few thousand words: each content word is
    // stemmed once while indexing. Read-only once frozen (questions' other words are stemmed each time).
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private bool _frozen;

    public TextAnalyzer(Language language, IReadOnlyList<IReadOnlyList<string>> synonymGroups)
    {
        Language = language;
        _stemmer = language == Language.Nl ? DutchStemmer.Stem : EnglishStemmer.Stem;
        _stopWords = StopWords.For(language);
        foreach (var group in synonymGroups) AddSynonymGroup(group);
    }

    public Language Language { get; }

    /// <summary>The single words of the synonym groups, normalised: part of the known vocabulary.</summary>
    public IReadOnlyList<string> SynonymWords => _synonymWords;

    public bool IsStopWord(string surface) => _stopWords.Contains(surface);

    public bool IsSynonym(string term) => _synonyms.ContainsKey(term);

    /// <summary>The stem of a word, mapped to its synonym group's canonical term.</summary>
    public string Term(string surface)
    {
        var stem = Stem(surface);
        return _synonyms.TryGetValue(stem, out var canonical) ? canonical : stem;
    }

    /// <summary>Stops remembering stems: from here on the analyzer is read by many turns at once.</summary>
    public void Freeze() => _frozen = true;

    private string Stem(string surface)
    {
        if (_stems.TryGetValue(surface, out var stem)) return stem;
        stem = _stemmer(surface);
        if (!_frozen) _stems[surface] = stem;
        return stem;
    }

    public List<Word> Words(string? text) => Words(TextNormalizer.Tokens(text));

    /// <summary>The words of a text already split into normalized tokens.</summary>
    public List<Word> Words(string[] tokens)
    {
        var words = new List<Word>(tokens.Length);
        string[]? stems = _phrasesByFirstStem.Count > 0 ? Array.ConvertAll(tokens, Stem) : null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (stems is not null && MatchPhrase(stems, i) is { } phrase)
            {
                words.Add(new Word(string.Join(' ', tokens, i, phrase.Length), phrase.Term));
                i += phrase.Length - 1;
                continue;
            }
            var token = tokens[i];
            // One-letter words only count when the synonyms name them ("x" for Twitter).
            if ((token.Length < 2 && !_synonyms.ContainsKey(token)) || _stopWords.Contains(token) || IsNumber(token)) continue;
            words.Add(new Word(token, null));
        }
        return words;
    }

    private (int Length, string Term)? MatchPhrase(string[] stems, int start)
    {
        if (!_phrasesByFirstStem.TryGetValue(stems[start], out var candidates)) return null;
        foreach (var phrase in candidates) // longest first
        {
            if (start + phrase.Length > stems.Length) continue;
            var matches = true;
            for (var j = 1; j < phrase.Length && matches; j++) matches = stems[start + j] == phrase[j];
            if (matches) return (phrase.Length, _phraseTerms[string.Join(' ', phrase)]);
        }
        return null;
    }

    private void AddSynonymGroup(IReadOnlyList<string> group)
    {
        _synonymWords.AddRange(group.Select(TextNormalizer.Tokens).Where(t => t.Length == 1).Select(t => t[0]));
        var entries = group.Select(e => TextNormalizer.Tokens(e).Select(Stem).ToArray()).Where(e => e.Length > 0).ToList();
        if (entries.Count == 0) return;
        var first = entries.FirstOrDefault(e => e.Length == 1) ?? entries[0];
        var canonical = string.Join('_', first);
        foreach (var entry in entries)
        {
            if (entry.Length == 1)
            {
                _synonyms.TryAdd(entry[0], canonical);
                continue;
            }
            var key = string.Join(' ', entry);
            if (!_phraseTerms.TryAdd(key, canonical)) continue;
            if (!_phrasesByFirstStem.TryGetValue(entry[0], out var list)) _phrasesByFirstStem[entry[0]] = list = [];
            list.Add(entry);
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
        _synonyms.TryAdd(canonical, canonical);
    }

    /// <summary>Whether every character is a digit (true for ""). A loop: LINQ's All boxed an enumerator per word.</summary>
    public static bool IsNumber(string token)
    {
        foreach (var c in token)
            if (!char.IsDigit(c)) return false;
        return true;
    }
}
