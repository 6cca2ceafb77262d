namespace PolicyBot.Dialogs.Understanding;

/// <summary>Collects one language's phrases and answer words per topic, then computes weights and postings.</summary>
internal sealed class IndexBuilder(int topicCount, int inScopeTopics)
{
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<(Dictionary<int, int> Strong, HashSet<int> Weak, bool Pair)> _termTopics = [];
    private readonly List<(int Topic, int[] Terms)> _phrases = [];
    // A phrase's distinct term ids while it is added; reused, as a load adds thousands of phrases.
    private readonly List<int> _phraseIds = [];
    private readonly HashSet<int> _phraseIdSet = [];

    /// <summary>A trigger phrase or title: its words' terms in order, and the pairs of neighbouring words.</summary>
    public void AddPhrase(int topic, IReadOnlyList<string[]> words)
    {
        _phraseIds.Clear();
        _phraseIdSet.Clear();
        foreach (var word in words)
            foreach (var term in word) AddDistinct(Id(term, pair: false));
        foreach (var pair in TermPairs.Of(words)) AddDistinct(Id(pair, pair: true));
        if (_phraseIds.Count == 0) return;
        var ids = _phraseIds.ToArray();
        _phrases.Add((topic, ids));
        foreach (var id in ids) _termTopics[id].Strong[topic] = _termTopics[id].Strong.GetValueOrDefault(topic) + 1;
    }

    private void AddDistinct(int id)
    {
        if (_phraseIdSet.Add(id)) _phraseIds.Add(id);
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
        // Plain loops rather than LINQ: a load builds this for tens of thousands of terms, and the iterators and
        // growing arrays were a good part of its garbage. The postings keep LINQ's order: strong topics, then weak ones.
        for (var id = 0; id < count; id++)
        {
            var (strong, weak, pair) = _termTopics[id];
            var weakOnly = 0;
            foreach (var t in weak)
                if (!strong.ContainsKey(t)) weakOnly++;
            weights[id] = Weight(strong.Count + options.AnswerFrequencyShare * weakOnly) * (pair ? options.PairWeight : 1);
            var inScope = 0;
            foreach (var t in strong.Keys)
                if (t < inScopeTopics) inScope++;
            var outOfScope = strong.Count - inScope;
            context[id] = !pair && inScope >= options.ContextTopicShare * inScopeTopics
                && outOfScope <= options.ContextOutOfScopeShare * Math.Max(1, topicCount - inScopeTopics);
            var postings = new (int, float)[strong.Count + weakOnly];
            var at = 0;
            foreach (var (t, phrases) in strong) postings[at++] = (t, Centrality(t, phrases));
            foreach (var t in weak)
                if (!strong.ContainsKey(t)) postings[at++] = (t, (float)options.AnswerWordFactor * Centrality(t, 1));
            topicPostings[id] = postings;
        }

        // Each term's phrases, in phrase order: counted first, so every list is allocated once at its size.
        var phrasePostings = new int[count][];
        var filled = new int[count];
        foreach (var (_, terms) in _phrases)
            foreach (var id in terms) filled[id]++;
        for (var id = 0; id < count; id++) phrasePostings[id] = new int[filled[id]];
        Array.Clear(filled);
        var phraseNorms = new double[_phrases.Count];
        var phraseTopics = new int[_phrases.Count];
        for (var p = 0; p < _phrases.Count; p++)
        {
            phraseTopics[p] = _phrases[p].Topic;
            foreach (var id in _phrases[p].Terms)
            {
                phrasePostings[id][filled[id]++] = p;
                phraseNorms[p] += weights[id] * weights[id];
            }
            phraseNorms[p] = Math.Sqrt(phraseNorms[p]);
        }

        return new IndexData(_termIds, weights, context, topicPostings, phrasePostings, phraseTopics, phraseNorms, Weight(1));
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
