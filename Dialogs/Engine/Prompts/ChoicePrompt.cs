using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine.Prompts;

/// <summary>Offers choices as buttons; the result is a <see cref="FoundChoice"/> (see <see cref="ChoiceRecognizer"/>).</summary>
public sealed class ChoicePrompt(string id) : Prompt<FoundChoice>(id)
{
    protected override FoundChoice? Recognize(TurnContext context, PromptOptions options) =>
        ChoiceRecognizer.Recognize(context.Input.Text, context.Input.Value, options.Choices, context.Language);
}
