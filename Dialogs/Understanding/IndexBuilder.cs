namespace PolicyBot.Dialogs.Understanding;

/// <summary>Collects one language's phrases and answer words per topic, then computes weights and postings.</summary>
internal sealed class IndexBuilder(int topicCount, int inScopeTopics)
{
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<(Dictionary<int, int> Strong, HashSet<int> Weak, bool Pair)> _termTopics = [];
    private readonly List<(int Topic, int[] Terms)> _phrases = [];

    /// <summary>A trigger phrase or title: its words' terms in order, and the pairs of neighbouring words.</summary>
    public void AddPhrase(int topic, IReadOnlyList<string[]> words)
    {
        var ids = words.SelectMany(w => w).Select(t => Id(t, pair: false))
            .Concat(TermPairs.Of(words).Select(p => Id(p, pair: true)))
            .Distinct().ToArray();
        if (ids.Length == 0) return;
        _phrases.Add((topic, ids));
        foreach (var id in ids) _termTopics[id].Strong[topic] = _termTopics[id].Strong.GetValueOrDefault(topic) + 1;
    }

    public void AddAnswer(int topic, IEnumerable<string> terms)
    {
        foreach (var id in terms.Select(t => Id(t, pair: false))) _termTopics[id].Weak.Add(topic);
    }

    public IndexData Build(TopicRecognizerOptions options)
    {
        var count = _termIds.Count;
        var weights = new double[count];
        var context = new bool[count];
        var topicPostings = new (int, float)[count][];
        var phrasesPerTopic = new int[topicCount];
        foreach (var (topic, _) in _phrases) phrasesPerTopic[topic]++;
        // A topic's central words are in many of its phrases ("logo" in most logo questions); a word in one phrase is
        // peripheral ("joke", "friday") and says less that the question is about the topic.
        float Centrality(int topic, int phrases) => (float)Math.Pow((double)phrases / Math.Max(1, phrasesPerTopic[topic]), options.CentralityExponent);
        for (var id = 0; id < count; id++)
        {
            var (strong, weak, pair) = _termTopics[id];
            var weakOnly = weak.Where(t => !strong.ContainsKey(t)).ToArray();
            weights[id] = Weight(strong.Count + options.AnswerFrequencyShare * weakOnly.Length) * (pair ? options.PairWeight : 1);
            var inScope = strong.Keys.Count(t => t < inScopeTopics);
            var outOfScope = strong.Count - inScope;
            context[id] = !pair && inScope >= options.ContextTopicShare * inScopeTopics
                && outOfScope <= options.ContextOutOfScopeShare * Math.Max(1, topicCount - inScopeTopics);
            topicPostings[id] = strong.Select(p => (p.Key, Centrality(p.Key, p.Value)))
                .Concat(weakOnly.Select(t => (t, (float)options.AnswerWordFactor * Centrality(t, 1))))
                .ToArray();
        }

        var phrasePostings = new List<int>[count];
        for (var id = 0; id < count; id++) phrasePostings[id] = [];
        var phraseNorms = new double[_phrases.Count];
        for (var p = 0; p < _phrases.Count; p++)
            foreach (var id in _phrases[p].Terms)
            {
                phrasePostings[id].Add(p);
                phraseNorms[p] += weights[id] * weights[id];
            }

        return new IndexData(
            _termIds, weights, context, topicPostings,
            phrasePostings.Select(l => l.ToArray()).ToArray(),
            _phrases.Select(p => p.Topic).ToArray(),
            phraseNorms.Select(Math.Sqrt).ToArray(),
            Weight(1));
    }

    // BM25's inverse document frequency over topics: a word in every topic weighs almost nothing.
    private double Weight(double frequency) => Math.Log(1 + (topicCount - frequency + 0.5) / (frequency + 0.5));

    private int Id(string term, bool pair)
    {
        if (_termIds.TryGetValue(term, out var id)) return id;
        _termIds[term] = id = _termIds.Count;
        _termTopics.Add(([], [], pair));
        return id;
    }
}
