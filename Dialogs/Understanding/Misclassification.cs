namespace PolicyBot.Dialogs.Understanding;

/// <summary>A question the recognizer got wrong: what it said instead (null: no topic) and with which score.</summary>
public sealed record Misclassification(LabelledQuestion Question, string? Recognized, double Score)
{
    /// <summary>The recognizer's candidates, best first, and the topics it suggested.</summary>
    public IReadOnlyList<TopicScore> Candidates { get; init; } = [];

    public IReadOnlyList<TopicScore> Suggestions { get; init; } = [];
}

/// <summary>A question whose language was taken for the other one, or for neither (<paramref name="Detected"/> null).</summary>
public sealed record LanguageMiss(LabelledQuestion Question, Language? Detected);
