namespace PolicyBot.Dialogs.Understanding;

/// <summary>An evaluation question: its language, the expected topic (null when out of scope) and the text.</summary>
public sealed record LabelledQuestion(Language Language, string? Topic, string Text);
