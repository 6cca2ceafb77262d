namespace PolicyBot.Dialogs.Content;

/// <summary>A policy topic: what an employee can ask about and the bot's short answer.</summary>
public sealed record Topic
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The chat answer: what to do and why, in a few lines.</summary>
    public required LocalizedText Answer { get; init; }

    /// <summary>The policy principle the answer rests on (shown under the answer and in verdict reasons).</summary>
    public LocalizedText? Principle { get; init; }

    /// <summary>The policy page the answer rests on, when comms staff named one.</summary>
    public TopicSource? Source { get; init; }

    /// <summary>Owner id to hand off to, when the topic says so (marketing, customer-service).</summary>
    public string? Owner { get; init; }

    /// <summary>Related topic ids, offered as follow-up buttons.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Check id this topic starts instead of answering (the generic "may I share this?").</summary>
    public string? StartsCheck { get; init; }

    /// <summary>What-if scenarios (check ids) offered under the answer as "walk me through it" buttons.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = [];

    /// <summary>
    /// Words that turn a question about this topic into one about another ("not announced yet" makes company news
    /// confidential): a word list cannot see that "nog niet" reverses the question, so content says so.
    /// </summary>
    public IReadOnlyList<TopicException> Exceptions { get; init; } = [];

    /// <summary>
    /// Words that bring a question to this topic whichever other topic the recognizer picks ("klokkenluider" is about
    /// raising wrongdoing, whether the question looked like a photo, a post or a statement); an exception of the topic
    /// picked goes first, and the topics a claim lists under <c>not-from</c> keep such questions.
    /// </summary>
    public IReadOnlyList<TopicClaim> Claims { get; init; } = [];

    public required LocalizedList Triggers { get; init; }

    /// <summary>
    /// Answered only when a whole message is one of its triggers (<c>match: whole-message</c>), never by the recognizer:
    /// for a catch-all like the policy in short, whose words every topic shares and would take their questions.
    /// </summary>
    public bool MatchesWholeMessageOnly { get; init; }
}

/// <summary>When a question recognized as one topic contains one of <paramref name="When"/>, <paramref name="Topic"/> answers it instead.</summary>
public sealed record TopicException(string Topic, LocalizedList When);

/// <summary>
/// A question with one of <paramref name="When"/> is this topic's, unless the recognizer picked one of
/// <paramref name="NotFrom"/> (a mistake about a patient's photo stays a mistake).
/// </summary>
public sealed record TopicClaim(LocalizedList When, IReadOnlyList<string> NotFrom);
