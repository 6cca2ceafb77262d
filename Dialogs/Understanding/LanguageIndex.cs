using System.Buffers;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// The topics of one language as an inverted index of terms and neighbouring-term pairs. A term's weight is its
/// inverse topic frequency, so words every topic uses ("delen", "share", "post") weigh little and count as generic.
/// Immutable once built.
/// </summary>
internal sealed class LanguageIndex
{
    private readonly TextAnalyzer _analyzer;
    private readonly Lexicon _lexicon;
    private readonly TypoIndex _typos;
    private readonly Dictionary<string, int[]> _known = new(StringComparer.Ordinal);
    // Every content word's terms, worked out once while indexing: the known words and the classifier's training read them again.
    private readonly Dictionary<string, string[]> _resolved = new(StringComparer.Ordinal);
    private bool _frozen;
    private readonly IndexData _index;
    private readonly string[] _terms;
    private readonly TopicRecognizerOptions _settings;
    private readonly double _unknownWeight;

    /// <param name="inScopeTopics">How many of <paramref name="topics"/> are policy topics; the rest are out-of-scope example groups.</param>
    public LanguageIndex(Language language, IReadOnlyList<Topic> topics, int inScopeTopics, LocalizedSynonyms synonyms, TopicRecognizerOptions settings)
    {
        _settings = settings;
        _analyzer = new TextAnalyzer(language, synonyms[language]);
        var texts = topics.SelectMany(t => t.Triggers[language].Append(t.Title[language]).Append(t.Answer[language]));
        _lexicon = new Lexicon(_analyzer, texts.SelectMany(TextNormalizer.Tokens));

        var builder = new IndexBuilder(topics.Count, inScopeTopics);
        string[] Resolve(Word w) => w.Term is { } t ? [t] : Terms(w.Surface);
        for (var topic = 0; topic < topics.Count; topic++)
        {
            foreach (var phrase in topics[topic].Triggers[language].Append(topics[topic].Title[language]))
            {
                var tokens = TextNormalizer.Tokens(phrase);
                builder.AddPhrase(topic, _analyzer.Words(tokens).Select(Resolve).ToList(), settings.OpeningTerms ? Opening(tokens) : null);
            }
            builder.AddAnswer(topic, _analyzer.Words(topics[topic].Answer[language]).SelectMany(Resolve));
        }

        _index = builder.Build(settings);
        _terms = new string[_index.TermIds.Count];
        foreach (var (term, id) in _index.TermIds) _terms[id] = term;
        _unknownWeight = _index.MaxWeight * settings.UnknownWordWeight;

        foreach (var surface in _lexicon.Surfaces)
        {
            var ids = Terms(surface).Select(TermId).Where(id => id >= 0).Distinct().ToArray();
            if (ids.Length > 0) _known[surface] = ids;
        }
        _typos = new TypoIndex(_known.Keys);
    }

    /// <summary>
    /// Stops remembering words' terms and stems: until here one thread builds the recognizer (index, then classifier),
    /// from here on many turns read it at once, and other words are worked out each time.
    /// </summary>
    public void Freeze()
    {
        _frozen = true;
        _analyzer.Freeze();
    }

    public bool Knows(string surface) => _lexicon.IsKnownSurface(surface);

    /// <summary>A word's terms in this language (stem with synonyms applied, or a Dutch compound's parts).</summary>
    public string[] Terms(string surface)
    {
        if (_resolved.TryGetValue(surface, out var terms)) return terms;
        terms = _lexicon.Resolve(surface);
        if (!_frozen) _resolved[surface] = terms;
        return terms;
    }

    /// <summary>
    /// Puts this language's score (0..1) per topic into <paramref name="scores"/> where it is larger. Compounds,
    /// participles and misspellings are worked out only when <paramref name="mayCorrect"/> is given (the question's
    /// language), and a word is corrected only where it allows.
    /// </summary>
    /// <returns>Whether the text has a word of the domain's context ("social media", "post"); see <see cref="TopicRecognizerOptions.ContextTopicShare"/>.</returns>
    public bool Score(string[] tokens, Span<double> scores, Func<string, bool>? mayCorrect, CancellationToken cancellationToken)
    {
        var query = Analyze(tokens, mayCorrect, cancellationToken);
        if (query.Terms.Count == 0) return false;
        var topicCount = scores.Length;
        var phraseCount = _index.PhraseNorms.Length;
        var coverage = ArrayPool<double>.Shared.Rent(topicCount);
        var best = ArrayPool<double>.Shared.Rent(2 * topicCount);
        var dot = ArrayPool<double>.Shared.Rent(phraseCount);
        try
        {
            Array.Clear(coverage, 0, topicCount);
            Array.Clear(best, 0, 2 * topicCount);
            Array.Clear(dot, 0, phraseCount);
            var sum = query.UnknownCount * _unknownWeight;
            var squares = query.UnknownCount * _unknownWeight * _unknownWeight;
            var context = false;
            foreach (var (term, factor, pair) in query.Terms)
            {
                var weight = _index.Weights[term] * factor;
                squares += weight * weight;
                if (!pair)
                {
                    sum += weight;
                    context |= _index.Context[term];
                }
                if (!pair)
                    foreach (var (topic, strength) in _index.TopicPostings[term]) coverage[topic] += weight * strength;
                foreach (var phrase in _index.PhrasePostings[term]) dot[phrase] += weight * _index.Weights[term];
            }
            var queryNorm = Math.Sqrt(squares);
            for (var p = 0; p < phraseCount; p++)
            {
                if (dot[p] == 0) continue;
                var cosine = dot[p] / (_index.PhraseNorms[p] * queryNorm);
                var at = 2 * _index.PhraseTopics[p];
                if (cosine > best[at]) (best[at], best[at + 1]) = (cosine, best[at]);
                else if (cosine > best[at + 1]) best[at + 1] = cosine;
            }
            for (var topic = 0; topic < topicCount; topic++)
            {
                if (coverage[topic] == 0 && best[2 * topic] == 0) continue;
                var phrases = (1 - _settings.SecondPhraseShare) * best[2 * topic] + _settings.SecondPhraseShare * best[2 * topic + 1];
                var score = _settings.CoverageShare * (coverage[topic] / sum) + (1 - _settings.CoverageShare) * phrases;
                if (!context) score *= _settings.NoContextFactor;
                scores[topic] = Math.Max(scores[topic], Math.Min(1, score));
            }
            return context;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(coverage);
            ArrayPool<double>.Shared.Return(best);
            ArrayPool<double>.Shared.Return(dot);
        }
    }

    /// <summary>How a question is put when its first two words include a function word ("mag ik", "tell me", "hoe werkt"), as one term.</summary>
    private string? Opening(string[] tokens) =>
        tokens.Length >= 2 && tokens[0].Length <= RecognizerLimits.MaxWordLength && tokens[1].Length <= RecognizerLimits.MaxWordLength
        && (_analyzer.IsStopWord(tokens[0]) || _analyzer.IsStopWord(tokens[1]))
            ? string.Concat("^", tokens[0], " ", tokens[1])
            : null;

    private (List<(int Term, double Factor, bool Pair)> Terms, int UnknownCount) Analyze(string[] tokens, Func<string, bool>? mayCorrect, CancellationToken cancellationToken)
    {
        var terms = new List<(int Term, double Factor, bool Pair)>();
        var unknown = 0;
        (int[] Ids, double Factor) previous = ([], 1);
        foreach (var word in _analyzer.Words(tokens))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (ids, factor) = Lookup(word, mayCorrect);
            if (ids.Length == 0)
            {
                unknown++;
                continue;
            }
            foreach (var id in ids) Add(terms, id, factor, pair: false);
            foreach (var a in previous.Ids)
                foreach (var b in ids)
                    if (a != b && TermId(TermPairs.Key(_terms[a], _terms[b])) is var pair and >= 0)
                        Add(terms, pair, Math.Min(factor, previous.Factor), pair: true);
            previous = (ids, factor);
        }
        // How the question opens counts beside its words, never alone: "mag ik dat eigenlijk wel" matches nothing.
        if (terms.Count + unknown > 0 && _settings.OpeningTerms && Opening(tokens) is { } opening && TermId(opening) is var openingId and >= 0) terms.Add((openingId, 1, false));
        return (terms, unknown);
    }

    private static void Add(List<(int Term, double Factor, bool Pair)> terms, int id, double factor, bool pair)
    {
        var at = terms.FindIndex(t => t.Term == id);
        if (at < 0) terms.Add((id, factor, pair));
        else if (terms[at].Factor < factor) terms[at] = (id, factor, pair);
    }

    private (int[] Ids, double Factor) Lookup(Word word, Func<string, bool>? mayCorrect)
    {
        if (word.Term is { } term) return TermId(term) is var id and >= 0 ? ([id], 1) : ([], 1);
        if (_known.TryGetValue(word.Surface, out var known)) return (known, 1);
        // In the other language only plain stems count: splitting and correcting foreign words costs time and finds noise.
        // Nor for a word too long to be one (a pasted token or blob): splitting and correcting grow with its length.
        if (mayCorrect is null || word.Surface.Length > RecognizerLimits.MaxWordLength)
            return TermId(_analyzer.Term(word.Surface)) is var stem and >= 0 ? ([stem], 1) : ([], 1);
        var resolved = _lexicon.Resolve(word.Surface).Select(TermId).Where(i => i >= 0).Distinct().ToArray();
        if (resolved.Length > 0) return (resolved, 1);
        if (!mayCorrect(word.Surface)) return ([], 1);
        return _typos.Correct(word.Surface) is { } corrected ? (_known[corrected], _settings.TypoFactor) : ([], 1);
    }

    private int TermId(string term) => _index.TermIds.TryGetValue(term, out var id) ? id : -1;
}
