using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyBot.Dialogs.Turns;

/// <summary>
/// One entry of the dialog stack, as botbuilder's <c>DialogInstance</c>: the engine's own typed fields, and
/// <see cref="State{T}"/>, a record the dialog owns and nobody else reads. Typed fields and records instead of a bag of
/// strings, so a round trip through the store never changes a type.
/// </summary>
public sealed class DialogInstance
{
    private object? _state;
    private JsonElement? _stored;

    public required string Id { get; init; }

    /// <summary>Waterfall: the step that is running or waiting.</summary>
    public int StepIndex { get; set; }

    /// <summary>Prompts: how many answers were tried.</summary>
    public int AttemptCount { get; set; }

    /// <summary>The string argument the dialog was begun with (a check id, an owner button's value); begun again with it on "start over".</summary>
    public string? Options { get; set; }

    /// <summary>Prompts: what to ask again on a retry or after an interruption.</summary>
    public PromptOptions? Prompt { get; set; }

    // The dialog's record as stored: read as JSON, turned into the record on first use in a turn; written straight from
    // the record (the runtime type of an object-typed property), so a save builds no JSON in between.
    [JsonInclude, JsonPropertyName("state")]
    internal object? StoredState
    {
        get => _state ?? _stored;
        set => _stored = value as JsonElement?;
    }

    /// <summary>
    /// The dialog's own state record, read from the store on first use in a turn and saved with the conversation; a new
    /// record when there is none yet. One dialog, one record type: the dialog that owns the instance decides which.
    /// </summary>
    public T State<T>() where T : class, new()
    {
        if (_state is T typed) return typed;
        typed = _stored is { } stored ? stored.Deserialize<T>(ConversationDataSerializer.Options) ?? new T() : new T();
        _state = typed;
        return typed;
    }

    /// <summary>The state record as JSON (for the dialog trace), or null when the dialog keeps none.</summary>
    public JsonElement? StateJson() =>
        _state is null ? _stored : JsonSerializer.SerializeToElement(_state, _state.GetType(), ConversationDataSerializer.Options);
}
