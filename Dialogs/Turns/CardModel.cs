using PolicyBot.Dialogs.Content;

namespace PolicyBot.Dialogs.Turns;

/// <summary>Structured content the Cards library renders as an Adaptive Card. Dialogs never builds card JSON.</summary>
public abstract record CardModel;

/// <summary>A topic answer: title, a short body, optional related topics (shown as buttons by the reply's choices).</summary>
public sealed record AnswerCard(string TopicId, string Title, string Body) : CardModel
{
    public string? Principle { get; init; }

    /// <summary>Localised heading above <see cref="Principle"/> (message <c>principle-heading</c>); empty shows none.</summary>
    public string PrincipleHeading { get; init; } = "";

    /// <summary>Localised heading above the reply's choice buttons (message <c>related-heading</c>); empty shows none.</summary>
    public string RelatedHeading { get; init; } = "";

    /// <summary>"Did this help?" and its two buttons under the answer; empty shows none.</summary>
    public string FeedbackQuestion { get; init; } = "";

    public IReadOnlyList<Choice> Feedback { get; init; } = [];

    /// <summary>The policy page the answer rests on (topic <c>source</c>), shown as a link after <see cref="SourceLabel"/>.</summary>
    public LinkAction? Source { get; init; }

    /// <summary>Localised word before the source ("Source", message <c>source-label</c>).</summary>
    public string SourceLabel { get; init; } = "";
}

/// <summary>One reason behind a verdict, pointing at the policy principle (topic) it comes from.</summary>
public sealed record VerdictReason(string Text, string? TopicId, string? TopicTitle);

/// <summary>The end of the guided check.</summary>
public sealed record VerdictCard(VerdictKind Kind, string Title, string Summary) : CardModel
{
    public IReadOnlyList<VerdictReason> Reasons { get; init; } = [];

    public IReadOnlyList<string> Tips { get; init; } = [];

    /// <summary>Localised heading texts (e.g. "Why", "Tips") so Cards holds no user-facing words.</summary>
    public string ReasonsHeading { get; init; } = "";

    public string TipsHeading { get; init; } = "";
}

/// <summary>A label and a value, shown as a fact (FactSet) on a card.</summary>
public sealed record CardFact(string Title, string Value);

/// <summary>The hand-off: who the owner is, why this owner, what to tell them; the reply's links reach them.</summary>
public sealed record HandoffCard(string OwnerName, string Why, string Tell) : CardModel
{
    public string WhyHeading { get; init; } = "";

    public string TellHeading { get; init; } = "";

    /// <summary>How and when to reach the owner (e-mail, opening hours).</summary>
    public string Contact { get; init; } = "";

    /// <summary>True when <see cref="Tell"/> is what the employee typed: shown as written, never as markdown.</summary>
    public bool TellAsWritten { get; init; }
}

/// <summary>A hand-off ticket in the owner's channel: the question, its context, and who picked it up.</summary>
public sealed record TicketCard(string Title, string Question) : CardModel
{
    public string QuestionHeading { get; init; } = "";

    public IReadOnlyList<CardFact> Facts { get; init; } = [];

    public string AnswersHeading { get; init; } = "";

    public IReadOnlyList<TicketAnswer> Answers { get; init; } = [];

    /// <summary>Label before the time the question was asked; the card shows that time in the reader's time zone.</summary>
    public string AskedLabel { get; init; } = "";

    public DateTimeOffset AskedAt { get; init; }

    /// <summary>"Waiting for someone" or "Picked up by …".</summary>
    public string Status { get; init; } = "";

    public DateTimeOffset? PickedUpAt { get; init; }

    /// <summary>The heading above <see cref="Answer"/>.</summary>
    public string AnswerHeading { get; init; } = "";

    /// <summary>The taker's answer once the ticket is closed with it: shown as written, never as markdown.</summary>
    public string? Answer { get; init; }

    /// <summary>The placeholder of the taker's answer field; null when the card has no such field.</summary>
    public string? AnswerPlaceholder { get; init; }

    /// <summary>What went wrong with the last press (an empty answer), shown above the buttons.</summary>
    public string? Error { get; init; }

    /// <summary>A line under the status (the question was suggested to comms staff).</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Teams' <c>refresh</c>: the action that asks for a reader's own view of the card, and the users for whom Teams
    /// runs it (the taker). Hosts without Universal Actions never get it.
    /// </summary>
    public ButtonAction? Refresh { get; init; }

    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];
}

/// <summary>A question card after it was answered: the question and the chosen answer, no buttons left to press.</summary>
public sealed record AnsweredCard(string Question, string Answer) : CardModel;
