using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PolicyBot.Dialogs.Turns;

/// <summary>Something the bot sends in a turn (a message or a trace). The host turns it into an Activity; the terminal chat into text.</summary>
public abstract record Reply;

/// <summary>
/// A chat message: text, optionally with buttons (<see cref="Choices"/>) and/or a structured card.
/// Hosts that render cards show <see cref="Card"/>; others fall back to <see cref="Text"/> and numbered choices.
/// </summary>
public sealed record MessageReply(string Text) : Reply
{
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    public CardModel? Card { get; init; }

    /// <summary>Buttons that open a link (Teams deep link, mailto:) instead of answering.</summary>
    public IReadOnlyList<LinkAction> Links { get; init; } = [];

    /// <summary>True when the bot waits for an answer to this message (a prompt).</summary>
    public bool ExpectingInput { get; init; }

    /// <summary>
    /// Which question this message asks, for its buttons to send back (as <c>prompt</c> beside <c>choice</c>): a press
    /// on an older question's card, which channels without card updates leave live, is then told from an answer.
    /// </summary>
    public string? PromptId { get; init; }

    public Language Language { get; init; } = Language.En;

    /// <summary>
    /// What the employee typed, quoted in <see cref="Text"/> (the content's <c>&gt; {question}</c>): a card shows it as
    /// written, never as markdown, so a typed <c>[link](…)</c> or <c>**bold**</c> stays literal.
    /// </summary>
    public string? Quote { get; init; }

    /// <summary>
    /// True when the reply is made from the content alone (no typed text, names or times), so a host may build its card
    /// once and reuse it for every equal reply. A reply that quotes the user, or anything personal, leaves it false.
    /// </summary>
    public bool FromContent { get; init; }
}

/// <summary>Diagnostics for testers (Emulator inspector); hosts drop it outside the emulator channel.</summary>
public sealed record TraceReply(string Name, string Label, string ValueType, JsonNode? Value) : Reply;

/// <summary>
/// A button offered to the user: <see cref="Title"/> is shown, <see cref="Action"/> is what pressing it does. A prompt's
/// choices are kept in the conversation's state as <c>{value, title, synonyms}</c>, as before buttons were typed: they
/// are always answers to the prompt's question.
/// </summary>
public sealed record Choice([property: JsonIgnore] ButtonAction Action, string Title)
{
    /// <summary>A choice of the question the reply asks, by its stable id.</summary>
    [JsonConstructor]
    public Choice(string value, string title)
        : this(new ChoiceAnswer(value), title)
    {
    }

    /// <summary>The choice id a typed or pressed answer is matched to; empty for a button that does something else.</summary>
    public string Value => Action is ChoiceAnswer answer ? answer.Choice : "";

    public IReadOnlyList<string> Synonyms { get; init; } = [];
}

/// <summary>A button that opens a URL (Action.OpenUrl).</summary>
public sealed record LinkAction(string Title, string Url);
