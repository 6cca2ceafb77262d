using PolicyBot.Dialogs.Content;

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

    public TopicRecognizer(PolicyContent content, TopicRecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        _options = options ?? TopicRecognizerOptions.Default;
        IReadOnlyList<Topic> topics =
        [
            .. content.Topics,
            .. content.OutOfScope.Select((group, i) => new Topic { Id = OutOfScopePrefix + i, Title = new("", ""), Answer = new("", ""), Triggers = group }),
        ];
        _topicIds = topics.Select(t => t.Id).ToArray();
        _dutch = new LanguageIndex(Language.Nl, topics, content.Synonyms, _options);
        _english = new LanguageIndex(Language.En, topics, content.Synonyms, _options);
    }

    public RecognizerResult Recognize(string text) => Recognize(text, CancellationToken.None);

    public RecognizerResult Recognize(string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return RecognizerResult.None;
        text = RecognizerLimits.Bound(text);
        var language = LanguageDetector.Detect(text, _dutch.Knows, _english.Knows);
        Span<double> scores = _topicIds.Length <= 256 ? stackalloc double[_topicIds.Length] : new double[_topicIds.Length];
        // Both languages score: people mix them ("mag ik een screenshot posten"), and the detected one may be wrong.
        // A word either language knows is no typo ("tell" is not a misspelt "telt"); correct in the detected language only.
        Func<string, bool> unknown = w => !_dutch.Knows(w) && !_english.Knows(w);
        _dutch.Score(text, scores, language is null or Language.Nl ? unknown : null, cancellationToken);
        _english.Score(text, scores, language is null or Language.En ? unknown : null, cancellationToken);

        var ranked = TopCandidates(scores);
        var top = ranked.Count > 0 && !IsOutOfScope(ranked[0]) && Accepts(ranked) ? ranked[0] : null;
        var candidates = ranked.Where(c => !IsOutOfScope(c)).Take(_options.MaxCandidates).ToList();
        return new RecognizerResult(top?.Topic, top?.Score ?? candidates.FirstOrDefault()?.Score ?? 0, candidates)
        {
            DetectedLanguage = language,
        };
    }

    private static bool IsOutOfScope(TopicScore candidate) => candidate.Topic.StartsWith(OutOfScopePrefix, StringComparison.Ordinal);

    private bool Accepts(List<TopicScore> candidates) =>
        candidates[0].Score >= _options.Threshold
        && candidates[0].Score - (candidates.Count > 1 ? candidates[1].Score : 0) >= _options.Margin;

    private List<TopicScore> TopCandidates(ReadOnlySpan<double> scores)
    {
        var limit = _options.MaxCandidates + 2; // spares, in case out-of-scope pseudo-topics are among them
        var top = new List<TopicScore>(limit + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= 0) continue;
            var at = top.Count;
            while (at > 0 && top[at - 1].Score < scores[i]) at--;
            if (at >= limit) continue;
            top.Insert(at, new TopicScore(_topicIds[i], Math.Round(scores[i], 4)));
            if (top.Count > limit) top.RemoveAt(top.Count - 1);
        }
        return top;
    }
}
