namespace PolicyBot.Dialogs.Understanding;

/// <summary>A question the recognizer got wrong: what it said instead (null: no topic) and with which score.</summary>
public sealed record Misclassification(LabelledQuestion Question, string? Recognized, double Score);
