using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Recognizes the policy topic of a Dutch or English question from the topics' trigger phrases, titles and (weakly)
/// answers. Indexes the content once in the constructor; immutable and thread-safe afterwards.
/// </summary>
public sealed class TopicRecognizer : ITopicRecognizer
{
    /// <summary>Pseudo-topics are built from the content's out-of-scope groups: when one wins, no topic is answered.</summary>
    private const string OutOfScopePrefix = "\0out-of-scope:";

    private readonly string[] _topicIds;
    private readonly LanguageIndex _dutch;
    private readonly LanguageIndex _english;
    private readonly TopicRecognizerOptions _options;
    private readonly TopicClassifier? _classifier;
    private readonly int _topicCount;
    private readonly RunTogetherWords _runTogether;
    private readonly Func<string, bool> _unknown;
    private readonly TopicHandover _handover;

    public TopicRecognizer(PolicyContent content, TopicRecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        // Topics answered only to a whole message of their own (the policy in short) are no candidates here.
        if (content.Topics.Any(t => t.MatchesWholeMessageOnly)) content = content with { Topics = [.. content.Topics.Where(t => !t.MatchesWholeMessageOnly)] };
        _options = options ?? TopicRecognizerOptions.Default;
        IReadOnlyList<Topic> topics =
        [
            .. content.Topics,
            .. content.OutOfScope.Select((group, i) => new Topic { Id = OutOfScopePrefix + i, Title = new("", ""), Answer = new("", ""), Triggers = group }),
        ];
        _topicIds = topics.Select(t => t.Id).ToArray();
        _dutch = new LanguageIndex(Language.Nl, topics, content.Topics.Count, content.Synonyms, _options);
        _english = new LanguageIndex(Language.En, topics, content.Topics.Count, content.Synonyms, _options);
        _topicCount = content.Topics.Count;
        _runTogether = new RunTogetherWords(Knows);
        _unknown = w => !Knows(w);
        _handover = new TopicHandover(content.Topics);
        // The classifier's weights grow with topics × features: beyond a few hundred topics the term scorer works alone.
        if (_options.ClassifierShare > 0 && content.Topics.Count <= _options.MaxClassifierTopics) _classifier = TrainClassifier(content);
        _dutch.Freeze();
        _english.Freeze();
    }

    /// <summary>One class per topic and one for everything out of scope, learned from the same phrases as the index.</summary>
    private TopicClassifier TrainClassifier(PolicyContent content)
    {
        var examples = new List<(string, int, double)>();
        for (var i = 0; i < content.Topics.Count; i++)
        {
            var topic = content.Topics[i];
            foreach (var phrase in topic.Triggers.All.Append(topic.Title.Nl).Append(topic.Title.En)) examples.Add((phrase, i, 1));
            if (_options.AnswerExampleWeight > 0)
                foreach (var sentence in Sentences(topic.Answer.Nl).Concat(Sentences(topic.Answer.En))) examples.Add((sentence, i, _options.AnswerExampleWeight));
        }
        foreach (var phrase in content.OutOfScope.SelectMany(g => g.All)) examples.Add((phrase, content.Topics.Count, 1));
        return TopicClassifier.Train(examples, content.Topics.Count + 1, ClassifierTerms, _options.Classifier);
    }

    private static IEnumerable<string> Sentences(string text) =>
        text.Split(['.', '?', '!', '\n', ';', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 12);

    // A word's terms in both languages; stemming and compound splitting cost more than the rest of a prediction, and
    // people use the same few hundred words, so they are worked out once per word (bounded, shared by all turns).
    private readonly Caching.BoundedCache<string, string[]> _classifierTerms = new(10_000, StringComparer.Ordinal);

    private string[] ClassifierTerms(string token)
    {
        if (_classifierTerms.TryGet(token, out var cached)) return cached;
        var dutch = _dutch.Terms(token);
        string[] terms = [.. dutch, .. _english.Terms(token).Where(t => Array.IndexOf(dutch, t) < 0)];
        _classifierTerms.Set(token, terms);
        return terms;
    }

    /// <summary>Whether the content uses <paramref name="word"/> in either language.</summary>
    private bool Knows(string word) => _dutch.Knows(word) || _english.Knows(word);

    public RecognizerResult Recognize(string text) => Recognize(text, CancellationToken.None);

    public RecognizerResult Recognize(string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return RecognizerResult.None;
        // Normalized once; the language, both indexes and the classifier all read these words.
        var typed = TextNormalizer.Tokens(RecognizerLimits.Bound(text));
        var tokens = _runTogether.Split(typed);
        // A split is a guess ("nationaliteit" → "national" "it" …): the language comes from the words as typed, and from
        // the split only when those leave it open ("magikditposten").
        var language = LanguageDetector.Detect(typed, _dutch.Knows, _english.Knows)
            ?? (ReferenceEquals(tokens, typed) ? null : LanguageDetector.Detect(tokens, _dutch.Knows, _english.Knows));
        Span<double> scores = _topicIds.Length <= 256 ? stackalloc double[_topicIds.Length] : new double[_topicIds.Length];
        // Both languages score: people mix them ("mag ik een screenshot posten"), and the detected one may be wrong.
        // A word either language knows is no typo ("tell" is not a misspelt "telt"); correct in the detected language only.
        var context = _dutch.Score(tokens, scores, language is null or Language.Nl ? _unknown : null, cancellationToken);
        context |= _english.Score(tokens, scores, language is null or Language.En ? _unknown : null, cancellationToken);
        var outOfScope = _classifier is not null ? Blend(tokens, scores, context) : 0;

        var ranked = TopCandidates(scores);
        var top = ranked.Count > 0 && !IsOutOfScope(ranked[0]) && Accepts(ranked) && outOfScope < _options.MaxOutOfScopeProbability
            && !CloseToOutOfScope(ranked) ? ranked[0] : null;
        var candidates = ranked.Where(c => !IsOutOfScope(c)).Take(_options.MaxCandidates).ToList();
        // Exceptions and claims read the words as typed, padded once, and only when the topic could be handed on at all.
        string? padded = null;
        if (top is not null && _handover.MayHandOn(top.Topic) && _handover.Instead(top.Topic, padded ??= TextNormalizer.Padded(typed), language) is { } instead)
            top = top with { Topic = instead };
        // Unsure, but a claim's words occur ("nog niet bekend gemaakt", "a fire in hall 3"): the claimed topic answers (user
        // tests 60-62), unless the classifier calls the question unrelated (TopicHandover.Claimed says which claims count).
        var unrelated = outOfScope >= _options.MaxOutOfScopeProbability;
        if (top is null && !unrelated && _options.ClaimsAnswerWhenUnsure && candidates.Count > 0
            && _handover.Claimed(candidates, _options.SuggestRatio, padded ??= TextNormalizer.Padded(typed), language) is { } claimed)
            top = candidates.Find(c => c.Topic == claimed) ?? candidates[0] with { Topic = claimed };
        var suggested = top is null && !unrelated ? Suggest(ranked, candidates) : [];
        var offered = top is not null ? Alternatives(top, candidates) : suggested;
        if (offered.Any(c => _handover.MayHandOn(c.Topic))) offered = _handover.Offered(offered, padded ??= TextNormalizer.Padded(typed), language, top?.Topic);
        return new RecognizerResult(top?.Topic, top?.Score ?? candidates.FirstOrDefault()?.Score ?? 0, candidates)
        {
            DetectedLanguage = language,
            Suggestions = top is null ? offered : [],
            Alternatives = top is null ? [] : offered,
            OutOfScope = top is null && unrelated,
        };
    }

    /// <summary>The term scores and the classifier's probabilities, mixed by <see cref="TopicRecognizerOptions.ClassifierShare"/>.</summary>
    /// <returns>The classifier's probability that the question is out of scope.</returns>
    private double Blend(string[] tokens, Span<double> scores, bool context)
    {
        Span<double> probabilities = stackalloc double[_classifier!.Classes];
        _classifier.Predict(tokens, probabilities);
        var share = _options.ClassifierShare;
        for (var i = 0; i < scores.Length; i++)
        {
            // Like the term scores, a topic is less likely for a question without any word of the domain ("post", "online").
            var probability = i < _topicCount ? probabilities[i] * (context ? 1 : _options.NoContextFactor) : probabilities[_topicCount];
            scores[i] = (1 - share) * scores[i] + share * probability;
        }
        return probabilities[_topicCount];
    }

    /// <summary>
    /// The topics to offer when none is sure enough: those close to the best, unless the question looks unrelated
    /// (an out-of-scope example group leads, or even the best topic is far from sure).
    /// </summary>
    private List<TopicScore> Suggest(List<TopicScore> ranked, List<TopicScore> candidates)
    {
        if (candidates.Count == 0 || ranked.Count == 0) return [];
        if (IsOutOfScope(ranked[0]) && ranked[0].Score - candidates[0].Score >= _options.SuggestOutOfScopeMargin) return [];
        var best = candidates[0].Score;
        if (best < _options.SuggestThreshold) return [];
        return candidates.Where(c => c.Score >= best * _options.SuggestRatio).ToList();
    }

    /// <summary>The topics close behind an answered one, to offer beside the answer.</summary>
    private List<TopicScore> Alternatives(TopicScore top, List<TopicScore> candidates) =>
        candidates
            .Where(c => c.Topic != top.Topic && c.Score >= top.Score * _options.AlternativeRatio && c.Score >= _options.SuggestThreshold)
            .Take(_options.MaxAlternatives)
            .ToList();

    /// <summary>
    /// Whether an out-of-scope example group comes close behind the best topic (<see cref="TopicRecognizerOptions.OutOfScopeRatio"/>,
    /// nearer for a weak answer: <see cref="TopicRecognizerOptions.WeakOutOfScopeRatio"/>).
    /// </summary>
    private bool CloseToOutOfScope(List<TopicScore> ranked)
    {
        var ratio = ranked[0].Score < _options.WeakScore ? _options.WeakOutOfScopeRatio : _options.OutOfScopeRatio;
        foreach (var candidate in ranked)
            if (IsOutOfScope(candidate) && candidate.Score >= ratio * ranked[0].Score) return true;
        return false;
    }

    private static bool IsOutOfScope(TopicScore candidate) => candidate.Topic.StartsWith(OutOfScopePrefix, StringComparison.Ordinal);

    private bool Accepts(List<TopicScore> candidates) =>
        candidates[0].Score >= _options.Threshold
        && candidates[0].Score - (candidates.Count > 1 ? candidates[1].Score : 0) >= _options.Margin;

    /// <summary>
    /// The best topics, best first, with the best out-of-scope example group among them where it ranks: one group is
    /// enough to say "unrelated", and with many groups the topics must not be pushed out of the list.
    /// </summary>
    private List<TopicScore> TopCandidates(ReadOnlySpan<double> scores)
    {
        var limit = _options.MaxCandidates;
        var top = new List<TopicScore>(limit + 2);
        for (var i = 0; i < _topicCount; i++)
        {
            if (scores[i] <= 0) continue;
            if (top.Count == limit && top[^1].Score >= scores[i]) continue;
            Insert(top, i, scores[i]);
            if (top.Count > limit) top.RemoveAt(top.Count - 1);
        }
        var group = -1;
        for (var i = _topicCount; i < scores.Length; i++)
            if (scores[i] > 0 && (group < 0 || scores[i] > scores[group])) group = i;
        if (group >= 0) Insert(top, group, scores[group]);
        return top;
    }

    private void Insert(List<TopicScore> top, int index, double score)
    {
        var at = top.Count;
        while (at > 0 && top[at - 1].Score < score) at--;
        top.Insert(at, new TopicScore(_topicIds[index], Math.Round(score, 4)));
    }
}
