namespace PolicyBot.Dialogs.Understanding;

/// <summary>Collects one language's phrases and answer words per topic, then computes weights and postings.</summary>
internal sealed class IndexBuilder(int topicCount)
{
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<(Dictionary<int, int> Strong, HashSet<int> Weak)> _termTopics = [];
    private readonly List<(int Topic, int[] Terms)> _phrases = [];

    public void AddPhrase(int topic, IEnumerable<string> terms)
    {
        var ids = terms.Select(Id).Distinct().ToArray();
        if (ids.Length == 0) return;
        _phrases.Add((topic, ids));
        foreach (var id in ids) _termTopics[id].Strong[topic] = _termTopics[id].Strong.GetValueOrDefault(topic) + 1;
    }

    public void AddAnswer(int topic, IEnumerable<string> terms)
    {
        foreach (var id in terms.Select(Id)) _termTopics[id].Weak.Add(topic);
    }

    public Built Build(TopicRecognizerOptions options)
    {
        var count = _termIds.Count;
        var weights = new double[count];
        var generic = new bool[count];
        var context = new bool[count];
        var topicPostings = new (int, float)[count][];
        for (var id = 0; id < count; id++)
        {
            var (strong, weak) = _termTopics[id];
            var weakOnly = weak.Where(t => !strong.ContainsKey(t)).ToArray();
            var frequency = strong.Count + options.AnswerFrequencyShare * weakOnly.Length;
            weights[id] = Weight(frequency);
            generic[id] = frequency > options.GenericTopicShare * topicCount;
            context[id] = strong.Count >= options.ContextTopicShare * topicCount;
            // A word in several of a topic's phrases says more about it: 1 + ln(phrase count).
            topicPostings[id] = strong.Select(p => (p.Key, (float)(1 + Math.Log(p.Value))))
                .Concat(weakOnly.Select(t => (t, (float)options.AnswerWordFactor)))
                .ToArray();
        }

        var topicNorms = new double[topicCount];
        for (var id = 0; id < count; id++)
            foreach (var (topic, strength) in topicPostings[id]) topicNorms[topic] += Math.Pow(weights[id] * strength, 2);
        for (var topic = 0; topic < topicCount; topic++) topicNorms[topic] = Math.Sqrt(topicNorms[topic]);

        var phrasePostings = new List<int>[count];
        for (var id = 0; id < count; id++) phrasePostings[id] = [];
        var phraseNorms = new double[_phrases.Count];
        for (var p = 0; p < _phrases.Count; p++)
            foreach (var id in _phrases[p].Terms)
            {
                phrasePostings[id].Add(p);
                phraseNorms[p] += weights[id] * weights[id];
            }

        return new Built(
            _termIds, weights, generic, context, topicPostings,
            phrasePostings.Select(l => l.ToArray()).ToArray(),
            _phrases.Select(p => p.Topic).ToArray(),
            phraseNorms,
            topicNorms,
            Weight(1));
    }

    // BM25's inverse document frequency over topics: a word in every topic weighs almost nothing.
    private double Weight(double frequency) => Math.Log(1 + (topicCount - frequency + 0.5) / (frequency + 0.5));

    private int Id(string term)
    {
        if (_termIds.TryGetValue(term, out var id)) return id;
        _termIds[term] = id = _termIds.Count;
        _termTopics.Add(([], []));
        return id;
    }

    internal sealed record Built(
        Dictionary<string, int> TermIds,
        double[] Weights,
        bool[] Generic,
        bool[] Context,
        (int Topic, float Strength)[][] TopicPostings,
        int[][] PhrasePostings,
        int[] PhraseTopics,
        double[] PhraseNorms,
        double[] TopicNorms,
        double MaxWeight);
}
