using System.Buffers;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// The topics of one language as an inverted index of terms. A term's weight is its inverse topic frequency, so words
/// every topic uses ("delen", "share", "post") weigh little and count as generic. Immutable once built.
/// </summary>
internal sealed class LanguageIndex
{
    private readonly TextAnalyzer _analyzer;
    private readonly Lexicon _lexicon;
    private readonly TypoIndex _typos;
    private readonly Dictionary<string, int[]> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly double[] _weights;
    private readonly bool[] _generic;
    private readonly bool[] _context;
    private readonly (int Topic, float Strength)[][] _topicPostings;
    private readonly int[][] _phrasePostings;
    private readonly int[] _phraseTopics;
    private readonly double[] _phraseNorms;
    private readonly double[] _topicNorms;
    private readonly TopicRecognizerOptions _settings;

    public LanguageIndex(Language language, IReadOnlyList<Topic> topics, LocalizedSynonyms synonyms, TopicRecognizerOptions settings)
    {
        _settings = settings;
        _analyzer = new TextAnalyzer(language, synonyms[language]);
        var texts = topics.SelectMany(t => t.Triggers[language].Append(t.Title[language]).Append(t.Answer[language]));
        _lexicon = new Lexicon(_analyzer, texts.SelectMany(TextNormalizer.Tokens));

        var builder = new IndexBuilder(topics.Count);
        var resolved = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string[] Resolve(Word w) => w.Term is { } t ? [t] : resolved.TryGetValue(w.Surface, out var r) ? r : resolved[w.Surface] = _lexicon.Resolve(w.Surface);
        for (var topic = 0; topic < topics.Count; topic++)
        {
            foreach (var phrase in topics[topic].Triggers[language].Append(topics[topic].Title[language]))
                builder.AddPhrase(topic, _analyzer.Words(phrase).SelectMany(Resolve));
            builder.AddAnswer(topic, _analyzer.Words(topics[topic].Answer[language]).SelectMany(Resolve));
        }

        var index = builder.Build(settings);
        _termIds = index.TermIds;
        _weights = index.Weights;
        _generic = index.Generic;
        _context = index.Context;
        _topicPostings = index.TopicPostings;
        _phrasePostings = index.PhrasePostings;
        _phraseTopics = index.PhraseTopics;
        _phraseNorms = index.PhraseNorms;
        _topicNorms = index.TopicNorms;
        UnknownWeight = index.MaxWeight * settings.UnknownWordWeight;

        foreach (var surface in _lexicon.Surfaces)
        {
            var ids = _lexicon.Resolve(surface).Select(TermId).Where(id => id >= 0).Distinct().ToArray();
            if (ids.Length > 0) _known[surface] = ids;
        }
        _typos = new TypoIndex(_known.Keys);
    }

    public double UnknownWeight { get; }

    public bool Knows(string surface) => _lexicon.IsKnownSurface(surface);

    /// <summary>
    /// Puts this language's score (0..1) per topic into <paramref name="scores"/> where it is larger. Compounds,
    /// participles and misspellings are worked out only when <paramref name="mayCorrect"/> is given (the question's
    /// language), and a word is corrected only where it allows.
    /// </summary>
    public void Score(string text, Span<double> scores, Func<string, bool>? mayCorrect)
    {
        var query = Analyze(text, mayCorrect);
        if (query.Terms.Count == 0) return;
        var topicCount = scores.Length;
        var coverage = ArrayPool<double>.Shared.Rent(topicCount);
        var specific = ArrayPool<bool>.Shared.Rent(topicCount);
        var phrases = ArrayPool<double>.Shared.Rent(_phraseNorms.Length);
        var best = ArrayPool<double>.Shared.Rent(topicCount);
        var dot = ArrayPool<double>.Shared.Rent(topicCount);
        try
        {
            Array.Clear(coverage, 0, topicCount);
            Array.Clear(specific, 0, topicCount);
            Array.Clear(best, 0, topicCount);
            Array.Clear(dot, 0, topicCount);
            Array.Clear(phrases, 0, _phraseNorms.Length);
            var sum = query.UnknownCount * UnknownWeight;
            var squares = query.UnknownCount * UnknownWeight * UnknownWeight;
            var anySpecific = query.UnknownCount > 0;
            var context = false;
            foreach (var (term, factor) in query.Terms)
            {
                var weight = _weights[term];
                sum += weight;
                squares += weight * weight;
                anySpecific |= !_generic[term];
                context |= _context[term];
                foreach (var (topic, strength) in _topicPostings[term])
                {
                    coverage[topic] += weight * factor * Math.Min(1, strength);
                    dot[topic] += weight * weight * factor * strength;
                    if (strength >= 1 && !_generic[term]) specific[topic] = true;
                }
                foreach (var phrase in _phrasePostings[term]) phrases[phrase] += weight * weight * factor;
            }
            for (var p = 0; p < _phraseNorms.Length; p++)
            {
                if (phrases[p] == 0) continue;
                var cosine = phrases[p] / Math.Sqrt(_phraseNorms[p] * squares);
                if (cosine > best[_phraseTopics[p]]) best[_phraseTopics[p]] = cosine;
            }
            for (var topic = 0; topic < topicCount; topic++)
            {
                if (coverage[topic] == 0) continue;
                var topicCosine = dot[topic] / (_topicNorms[topic] * Math.Sqrt(squares));
                var score = _settings.CoverageShare * (coverage[topic] / sum)
                    + _settings.TopicShare * topicCosine
                    + (1 - _settings.CoverageShare - _settings.TopicShare) * best[topic];
                if (!specific[topic] && anySpecific) score *= _settings.GenericOnlyFactor;
                if (!context) score *= _settings.NoContextFactor;
                scores[topic] = Math.Max(scores[topic], Math.Min(1, score));
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(coverage);
            ArrayPool<bool>.Shared.Return(specific);
            ArrayPool<double>.Shared.Return(phrases);
            ArrayPool<double>.Shared.Return(best);
            ArrayPool<double>.Shared.Return(dot);
        }
    }

    private (List<(int Term, double Factor)> Terms, int UnknownCount) Analyze(string text, Func<string, bool>? mayCorrect)
    {
        var terms = new List<(int Term, double Factor)>();
        var unknown = 0;
        foreach (var word in _analyzer.Words(text))
        {
            var (ids, factor) = Lookup(word, mayCorrect);
            if (ids.Length == 0) unknown++;
            foreach (var id in ids)
            {
                var at = terms.FindIndex(t => t.Term == id);
                if (at < 0) terms.Add((id, factor));
                else if (terms[at].Factor < factor) terms[at] = (id, factor);
            }
        }
        return (terms, unknown);
    }

    private (int[] Ids, double Factor) Lookup(Word word, Func<string, bool>? mayCorrect)
    {
        if (word.Term is { } term) return TermId(term) is var id and >= 0 ? ([id], 1) : ([], 1);
        if (_known.TryGetValue(word.Surface, out var known)) return (known, 1);
        // In the other language only plain stems count: splitting and correcting foreign words costs time and finds noise.
        if (mayCorrect is null) return TermId(_analyzer.Term(word.Surface)) is var stem and >= 0 ? ([stem], 1) : ([], 1);
        var resolved = _lexicon.Resolve(word.Surface).Select(TermId).Where(i => i >= 0).Distinct().ToArray();
        if (resolved.Length > 0) return (resolved, 1);
        if (mayCorrect is null || !mayCorrect(word.Surface)) return ([], 1);
        return _typos.Correct(word.Surface) is { } corrected ? (_known[corrected], _settings.TypoFactor) : ([], 1);
    }

    private int TermId(string term) => _termIds.TryGetValue(term, out var id) ? id : -1;
}
