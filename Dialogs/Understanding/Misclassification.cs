namespace PolicyBot.Dialogs.Understanding;

/// <summary>A question the recognizer got wrong: what it said instead (null: no topic) and with which score.</summary>
public sealed record Misclassification(LabelledQuestion Question, string? Recognized, double Score)
{
    /// <summary>The recognizer's candidates, best first, and the topics it suggested.</summary>
    public IReadOnlyList<TopicScore> Candidates { get; init; } = [];

    public IReadOnlyList<TopicScore> Suggestions { get; init; } = [];
}
