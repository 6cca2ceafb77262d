namespace PolicyBot.Dialogs.Engine.Prompts;

/// <summary>The choice a user picked, how (the matched synonym) and how sure the match is (0..1).</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
