using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine.Prompts;

/// <summary>
/// Offers choices as buttons; the result is a <see cref="FoundChoice"/> (see <see cref="ChoiceRecognizer"/>). A choice
/// only <see cref="PromptOptions.AlsoUnderstood"/> counts when named, never by its number or position.
/// </summary>
public sealed class ChoicePrompt(string id) : Prompt<FoundChoice>(id)
{
    protected override FoundChoice? Recognize(TurnContext context, PromptOptions options) => Answer(context, options);

    /// <summary>The choice of <paramref name="options"/> the turn's input answers with, if any.</summary>
    public static FoundChoice? Answer(TurnContext context, PromptOptions options) =>
        ChoiceRecognizer.Recognize(context.Input.Text, context.Input.Value, options.Choices, context.Language)
        ?? (options.AlsoUnderstood is { Count: > 0 } unlisted ? ChoiceRecognizer.Named(context.Input.Text, unlisted) : null);
}
