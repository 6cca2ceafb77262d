using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine;

/// <summary>
/// One entry of the dialog stack, as botbuilder's <c>DialogInstance</c>: the engine's own typed fields, and
/// <see cref="State{T}"/>, a record the dialog owns and nobody else reads. Typed fields and records instead of a bag of
/// strings, so a round trip through the store never changes a type.
/// </summary>
public sealed class DialogInstance : IJsonOnSerializing
{
    private object? _state;

    public required string Id { get; init; }

    /// <summary>Waterfall: the step that is running or waiting.</summary>
    public int StepIndex { get; set; }

    /// <summary>Prompts: how many answers were tried.</summary>
    public int AttemptCount { get; set; }

    /// <summary>The string argument the dialog was begun with (a check id, an owner button's value); begun again with it on "start over".</summary>
    public string? Options { get; set; }

    /// <summary>Prompts: what to ask again on a retry or after an interruption.</summary>
    public PromptOptions? Prompt { get; set; }

    // The dialog's record as stored; read once per turn into the record, written back when the state is saved.
    [JsonInclude, JsonPropertyName("state")]
    internal JsonElement? StoredState { get; set; }

    /// <summary>
    /// The dialog's own state record, read from the store on first use in a turn and saved with the conversation; a new
    /// record when there is none yet. One dialog, one record type: the dialog that owns the instance decides which.
    /// </summary>
    public T State<T>() where T : class, new()
    {
        if (_state is T typed) return typed;
        typed = StoredState is { } stored ? stored.Deserialize<T>(ConversationDataSerializer.Options) ?? new T() : new T();
        _state = typed;
        return typed;
    }

    /// <summary>The state record as JSON (for the dialog trace), or null when the dialog keeps none.</summary>
    public JsonElement? StateJson() =>
        _state is null ? StoredState : JsonSerializer.SerializeToElement(_state, _state.GetType(), ConversationDataSerializer.Options);

    void IJsonOnSerializing.OnSerializing()
    {
        if (_state is not null) StoredState = StateJson();
    }
}
