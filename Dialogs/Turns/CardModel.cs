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
}

public enum VerdictKind
{
    GoAhead,
    GoAheadWithCare,
    DontShare,
    AskOwner,
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
