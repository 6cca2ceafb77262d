namespace PolicyBot.Dialogs.Content;

/// <summary>
/// The keys the content loader accepts in each kind of YAML mapping (see README.md). The JSON Schema
/// (<c>policybot.schema.json</c>) is tested against these lists so the two cannot drift apart.
/// </summary>
public static class ContentKeys
{
    public static readonly IReadOnlyList<string> Root = ["messages", "owners", "topics", "checks", "quiz", "synonyms", "out-of-scope", "small-talk", "contact-requests", "topic-list-requests"];

    public static readonly IReadOnlyList<string> Text = ["nl", "en"];

    public static readonly IReadOnlyList<string> Topic =
        ["id", "title", "answer", "principle", "source", "owner", "related", "starts-check", "scenarios", "exceptions", "claims", "match", "triggers"];

    /// <summary>One of a topic's <c>exceptions</c>: the topic that answers instead, and the words that make it so.</summary>
    public static readonly IReadOnlyList<string> TopicException = ["topic", "when"];

    /// <summary>One of a topic's <c>claims</c>: the words that bring a question to it, and the topics that keep such questions.</summary>
    public static readonly IReadOnlyList<string> TopicClaim = ["when", "not-from"];

    /// <summary>A topic's <c>source</c>: the policy page it rests on, a title and an https URL per language.</summary>
    public static readonly IReadOnlyList<string> Source = ["title", "url"];

    public static readonly IReadOnlyList<string> Owner =
        ["id", "name", "in-a-sentence", "handles", "email", "teams-upn", "teams-channel", "hours", "contact-choice", "requests"];

    public static readonly IReadOnlyList<string> Check = ["id", "title", "intro", "start", "steps", "outcomes", "verdicts", "tips"];

    public static readonly IReadOnlyList<string> Step = ["id", "question", "choices"];

    public static readonly IReadOnlyList<string> Choice = ["id", "label", "synonyms", "next", "outcome", "finding", "for-attachments"];

    public static readonly IReadOnlyList<string> Finding = ["verdict", "reason", "topic", "owner"];

    public static readonly IReadOnlyList<string> Verdict = ["title", "summary"];

    public static readonly IReadOnlyList<string> Tip = ["text", "topic", "verdicts"];

    public static readonly IReadOnlyList<string> Outcome = ["id", "title", "text", "owner", "topics"];

    public static readonly IReadOnlyList<string> Quiz = ["title", "length", "triggers", "questions"];

    public static readonly IReadOnlyList<string> QuizQuestion = ["id", "topic", "situation", "answers"];

    public static readonly IReadOnlyList<string> QuizAnswer = ["id", "label", "correct", "feedback"];

    public static readonly IReadOnlyList<string> SmallTalk = ["reply", "in-dialog", "switches-language", "ends-dialog", "phrases"];

    public static readonly IReadOnlyList<string> VerdictKinds = ["go-ahead", "go-ahead-with-care", "dont-share", "ask-owner"];
}
