namespace PolicyBot.Dialogs.Engine;

/// <summary>
/// One entry of the dialog stack. Typed fields instead of a bag of objects, so a round trip through the store
/// never changes a type. Each dialog kind uses the fields it needs.
/// </summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    /// <summary>Waterfall: the step that is running or waiting.</summary>
    public int StepIndex { get; set; }

    /// <summary>Prompts: how many answers were tried.</summary>
    public int AttemptCount { get; set; }

    /// <summary>Values the dialog keeps between turns (waterfall step values, check answers).</summary>
    public Dictionary<string, string> Values { get; set; } = [];

    /// <summary>The string argument the dialog was begun with (a topic id, an owner id).</summary>
    public string? Options { get; set; }

    /// <summary>Prompts: what to ask again on a retry or after an interruption.</summary>
    public PromptOptions? Prompt { get; set; }
}
