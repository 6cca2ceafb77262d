using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine.Prompts;

/// <summary>Accepts any non-empty text but small talk ("bedankt", "ok": no question to pass on); the result is the trimmed text.</summary>
public sealed class TextPrompt(string id) : Prompt<string>(id)
{
    protected override string? Recognize(TurnContext context, PromptOptions options) =>
        string.IsNullOrWhiteSpace(context.Input.Text) || context.SmallTalk is not null ? null : context.Input.Text.Trim();
}
