namespace PolicyBot.Dialogs.Understanding;

/// <summary>A topic and how well the question matched it (0..1).</summary>
public sealed record TopicScore(string Topic, double Score);

/// <summary>
/// What the recognizer made of a question: the best topic above the threshold (null when nothing in the policy
/// matches), the top candidates, and the language the text is written in when that is clear.
/// </summary>
public sealed record RecognizerResult(string? Topic, double Score, IReadOnlyList<TopicScore> Candidates)
{
    public Language? DetectedLanguage { get; init; }

    /// <summary>
    /// When no topic is sure enough but one to three come close: those topics, best first, to offer as "did you
    /// mean …?". Empty when a topic is answered or the question looks unrelated to the policy.
    /// </summary>
    public IReadOnlyList<TopicScore> Suggestions { get; init; } = [];

    /// <summary>
    /// When a topic is answered but the next one or two come close behind it: those topics, best first, to offer
    /// beside the answer ("not what you meant?"). Empty when nothing comes close or no topic is answered.
    /// </summary>
    public IReadOnlyList<TopicScore> Alternatives { get; init; } = [];

    /// <summary>True when no topic is answered and the classifier takes the question for unrelated to the policy (<see cref="TopicRecognizerOptions.MaxOutOfScopeProbability"/>).</summary>
    public bool OutOfScope { get; init; }

    public static readonly RecognizerResult None = new(null, 0, []);
}
