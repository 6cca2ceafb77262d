namespace PolicyBot.Dialogs.Understanding;

/// <summary>Collects one language's phrases and answer words per topic, then computes weights and postings.</summary>
internal sealed class IndexBuilder(int topicCount, int inScopeTopics)
{
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<bool> _isPair = [];
    // Every answer word as (term, topic), in the order added. Which topics a term is in is only worked out in Build,
    // from these and the phrases: a dictionary and a set per term (tens of thousands) were much of a load's garbage,
    // and, living until Build, made every collection during the load dearer.
    private readonly List<(int Term, int Topic)> _answerWords = [];
    private readonly List<(int Topic, int[] Terms)> _phrases = [];
    // A phrase's distinct term ids while it is added; reused, as a load adds thousands of phrases.
    private readonly List<int> _phraseIds = [];
    private readonly HashSet<int> _phraseIdSet = [];

    /// <summary>A trigger phrase or title: its words' terms in order, the pairs of neighbouring words, and how it opens.</summary>
    public void AddPhrase(int topic, IReadOnlyList<string[]> words, string? opening = null)
    {
        _phraseIds.Clear();
        _phraseIdSet.Clear();
        if (opening is not null) AddDistinct(Id(opening, pair: false));
        foreach (var word in words)
            foreach (var term in word) AddDistinct(Id(term, pair: false));
        foreach (var pair in TermPairs.Of(words)) AddDistinct(Id(pair, pair: true));
        if (_phraseIds.Count == 0) return;
        _phrases.Add((topic, _phraseIds.ToArray()));
    }

    private void AddDistinct(int id)
    {
        if (_phraseIdSet.Add(id)) _phraseIds.Add(id);
    }

    public void AddAnswer(int topic, IEnumerable<string> terms)
    {
        foreach (var term in terms) _answerWords.Add((Id(term, pair: false), topic));
    }

    public IndexData Build(TopicRecognizerOptions options)
    {
        var count = _termIds.Count;
        var phrasePostings = Group(count, PhraseTerms());
        var answerTopics = Group(count, _answerWords);
        var weights = new double[count];
        var context = new bool[count];
        var topicPostings = new (int, float)[count][];
        var phrasesPerTopic = new int[topicCount];
        foreach (var (topic, _) in _phrases) phrasesPerTopic[topic]++;
        // A topic's central words are in many of its phrases ("logo" in most logo questions); a word in one phrase is
        // peripheral ("joke", "friday") and says less that the question is about the topic.
        float Centrality(int topic, int phrases) => (float)Math.Pow((double)phrases / Math.Max(1, phrasesPerTopic[topic]), options.CentralityExponent);
        // Per term: its phrases' topics in first-seen order with how many of its phrases each has ("strong"), then the
        // topics only its answers use ("weak"), in first-seen order too.
        var phrases = new int[topicCount];
        var seen = new int[topicCount];
        var strong = new List<int>();
        var weakOnly = new List<int>();
        for (var id = 0; id < count; id++)
        {
            var stamp = id + 1;
            strong.Clear();
            weakOnly.Clear();
            foreach (var p in phrasePostings[id])
            {
                var topic = _phrases[p].Topic;
                if (seen[topic] != stamp)
                {
                    seen[topic] = stamp;
                    phrases[topic] = 0;
                    strong.Add(topic);
                }
                phrases[topic]++;
            }
            foreach (var topic in answerTopics[id])
                if (seen[topic] != stamp)
                {
                    seen[topic] = stamp;
                    weakOnly.Add(topic);
                }
            var pair = _isPair[id];
            weights[id] = Weight(strong.Count + options.AnswerFrequencyShare * weakOnly.Count) * (pair ? options.PairWeight : 1);
            var inScope = 0;
            foreach (var topic in strong)
                if (topic < inScopeTopics) inScope++;
            var outOfScope = strong.Count - inScope;
            context[id] = !pair && inScope >= options.ContextTopicShare * inScopeTopics
                && outOfScope <= options.ContextOutOfScopeShare * Math.Max(1, topicCount - inScopeTopics);
            var postings = new (int, float)[strong.Count + weakOnly.Count];
            var at = 0;
            foreach (var topic in strong) postings[at++] = (topic, Centrality(topic, phrases[topic]));
            foreach (var topic in weakOnly) postings[at++] = (topic, (float)options.AnswerWordFactor * Centrality(topic, 1));
            topicPostings[id] = postings;
        }

        var phraseNorms = new double[_phrases.Count];
        var phraseTopics = new int[_phrases.Count];
        for (var p = 0; p < _phrases.Count; p++)
        {
            phraseTopics[p] = _phrases[p].Topic;
            foreach (var id in _phrases[p].Terms) phraseNorms[p] += weights[id] * weights[id];
            phraseNorms[p] = Math.Sqrt(phraseNorms[p]);
        }

        return new IndexData(_termIds, weights, context, topicPostings, phrasePostings, phraseTopics, phraseNorms, Weight(1));
    }

    private IEnumerable<(int Term, int Phrase)> PhraseTerms()
    {
        for (var p = 0; p < _phrases.Count; p++)
            foreach (var id in _phrases[p].Terms) yield return (id, p);
    }

    /// <summary>
    /// Each term's values, in the order of <paramref name="items"/> (read twice): counted first, so each term's array
    /// is allocated once at its size.
    /// </summary>
    private static int[][] Group(int termCount, IEnumerable<(int Term, int Value)> items)
    {
        var filled = new int[termCount];
        foreach (var (term, _) in items) filled[term]++;
        var groups = new int[termCount][];
        for (var id = 0; id < termCount; id++) groups[id] = filled[id] == 0 ? [] : new int[filled[id]];
        Array.Clear(filled);
        foreach (var (term, value) in items) groups[term][filled[term]++] = value;
        return groups;
    }

    // BM25's inverse document frequency over topics: a word in every topic weighs almost nothing.
    private double Weight(double frequency) => Math.Log(1 + (topicCount - frequency + 0.5) / (frequency + 0.5));

    private int Id(string term, bool pair)
    {
        if (_termIds.TryGetValue(term, out var id)) return id;
        _termIds[term] = id = _termIds.Count;
        _isPair.Add(pair);
        return id;
    }
}
