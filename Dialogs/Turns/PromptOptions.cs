namespace PolicyBot.Dialogs.Turns;

/// <summary>What a prompt asks, what it says on a wrong answer, and which choices it offers.</summary>
public sealed record PromptOptions
{
    public required string Prompt { get; init; }

    /// <summary>Said (followed by the prompt's choices) when an answer is not understood.</summary>
    public string? RetryPrompt { get; init; }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>
    /// Choices understood when typed by name but not offered as buttons (and never by number): "someone from HR" at a
    /// question that offers Marketing and Customer Service. Null (and not stored) when there are none.
    /// </summary>
    public IReadOnlyList<Choice>? AlsoUnderstood { get; init; }

    /// <summary>After this many answers that are not understood the prompt gives up and ends with no result.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>What the user typed, quoted in <see cref="Prompt"/>: shown as written (<see cref="Turns.MessageReply.Quote"/>).</summary>
    public string? Quote { get; init; }

    /// <summary>The prompt, retry prompt and choices all come from the content (<see cref="Turns.MessageReply.FromContent"/>).</summary>
    public bool FromContent { get; init; }
}
