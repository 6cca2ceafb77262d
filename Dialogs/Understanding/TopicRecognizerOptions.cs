namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// The recognizer's tuning. The defaults were chosen on the development sets and the cross-validation over the trigger
/// phrases (<c>eval --development-only --set Name=value</c>), never on the blind set; change them the same way.
/// </summary>
public sealed record TopicRecognizerOptions
{
    public static readonly TopicRecognizerOptions Default = new();

    /// <summary>Below this score the question matches no topic.</summary>
    public double Threshold { get; init; } = 0.16;

    /// <summary>The best topic must lead the second by at least this much; a tie between topics is no answer.</summary>
    public double Margin { get; init; } = 0.01;

    /// <summary>
    /// An out-of-scope example group scoring at least this share of the best topic makes the answer unsure: the topics
    /// are offered as "did you mean …?" instead. (A group that scores highest is always no answer.)
    /// </summary>
    public double OutOfScopeRatio { get; init; } = 0.7;

    /// <summary>Below this score an answer is weak: an out-of-scope group makes it unsure already at <see cref="WeakOutOfScopeRatio"/>.</summary>
    public double WeakScore { get; init; } = 0.3;

    /// <summary>
    /// The <see cref="OutOfScopeRatio"/> for a weak answer: an unrelated question built around one policy word scores
    /// a topic only weakly, and an unrelated example group is rarely far behind it.
    /// </summary>
    public double WeakOutOfScopeRatio { get; init; } = 0.5;

    public int MaxCandidates { get; init; } = 3;

    /// <summary>
    /// When no topic is sure enough but a topic's claim (<see cref="Content.Topic.Claims"/>) names the question, the claimed
    /// topic answers instead of suggestions, unless the classifier calls the question unrelated. Measured when it came:
    /// development sets +0.1 points (development-11 +1.4), cross-validation +0.2, one more unrelated phrase answered of 891.
    /// </summary>
    public bool ClaimsAnswerWhenUnsure { get; init; } = true;

    /// <summary>When no topic is answered, topics from this score on are offered as "did you mean …?".</summary>
    public double SuggestThreshold { get; init; } = 0.12;

    /// <summary>A suggestion beside the best one must score at least this share of it.</summary>
    public double SuggestRatio { get; init; } = 0.6;

    /// <summary>Beside an answer, a topic scoring at least this share of the answered one is offered as "not what you meant?".</summary>
    public double AlternativeRatio { get; init; } = 0.6;

    /// <summary>At most this many topics are offered beside an answer.</summary>
    public int MaxAlternatives { get; init; } = 2;

    /// <summary>No suggestions when an out-of-scope example group leads the best topic by this much (0: whenever one leads).</summary>
    public double SuggestOutOfScopeMargin { get; init; } = 0;

    /// <summary>Share of a topic's score from the learned classifier (<see cref="TopicClassifier"/>); 0 turns it off.</summary>
    public double ClassifierShare { get; init; } = 0.2;

    /// <summary>Weight of each sentence of a topic's answer as a training example for the classifier; 0 leaves answers out.</summary>
    public double AnswerExampleWeight { get; init; } = 0.5;

    /// <summary>No topic is answered or suggested when the classifier finds the question out of scope with at least this probability.</summary>
    public double MaxOutOfScopeProbability { get; init; } = 0.3;

    /// <summary>Above this many topics no classifier is trained (its weights grow with topics × features); the term scorer answers alone.</summary>
    public int MaxClassifierTopics { get; init; } = 200;

    public TopicClassifierOptions Classifier { get; init; } = new();

    /// <summary>Share of the score from how much of the question the topic covers; the rest comes from the best-matching phrases' cosines.</summary>
    public double CoverageShare { get; init; } = 0.6;

    /// <summary>Share of the phrase part from the topic's second-best phrase: a topic that several phrases match is surer.</summary>
    public double SecondPhraseShare { get; init; } = 0.7;

    /// <summary>
    /// How much a word's share of a topic's phrases counts in the coverage: 0 counts every matched word fully, 0.5
    /// counts a word in a quarter of the phrases half.
    /// </summary>
    public double CentralityExponent { get; init; } = 0.25;

    /// <summary>Weight of a pair of neighbouring words relative to a single word of the same rarity.</summary>
    public double PairWeight { get; init; } = 1.0;

    /// <summary>
    /// A word in the phrases of at least this share of the topics (not counting the out-of-scope groups) is the domain's
    /// context ("social media", "post"): a question without any is less likely to be about the policy.
    /// </summary>
    public double ContextTopicShare { get; init; } = 0.9;

    /// <summary>
    /// A context word is in at most this share of the out-of-scope example groups: words people use about anything at
    /// work ("nieuw", "where", "team") say nothing about the policy.
    /// </summary>
    public double ContextOutOfScopeShare { get; init; } = 0.3;

    /// <summary>
    /// Whether how a question opens counts as one more term when its first two words include a function word ("mag ik",
    /// "can i", "tell me", "hoe werkt", "van wie"): the words that say what is asked, which the content words leave out,
    /// so "tell me a joke" can lean towards the out-of-scope examples that open that way, not the topic about jokes.
    /// </summary>
    public bool OpeningTerms { get; init; } = true;

    /// <summary>Score factor for a question without a context word.</summary>
    public double NoContextFactor { get; init; } = 0.5;

    /// <summary>Weight of a word the content never uses, relative to the rarest content word.</summary>
    public double UnknownWordWeight { get; init; } = 0.8;

    /// <summary>How much a misspelt word counts.</summary>
    public double TypoFactor { get; init; } = 0.8;

    /// <summary>How much a word found only in a topic's answer (not its triggers or title) counts.</summary>
    public double AnswerWordFactor { get; init; } = 0.35;

    /// <summary>How much an answer-only occurrence adds to a word's topic frequency.</summary>
    public double AnswerFrequencyShare { get; init; } = 0.5;
}
