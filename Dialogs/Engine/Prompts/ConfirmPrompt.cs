using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine.Prompts;

/// <summary>A yes/no question with Yes and No buttons in the user's language; the result is a boxed bool.</summary>
public sealed class ConfirmPrompt(string id) : Prompt<object>(id)
{
    public const string YesValue = "yes";
    public const string NoValue = "no";

    protected override object? Recognize(TurnContext context, PromptOptions options)
    {
        var choices = ChoicesFor(context, options);
        return ChoiceRecognizer.Recognize(context.Input.Text, context.Input.Value, choices, context.Language) is { } found
            ? found.Value == YesValue
            : null;
    }

    /// <summary>"Top", "bedankt" at a yes/no question may mean yes or "I'm done": ask for yes or no, not a friendly line that reads as if it were settled.</summary>
    protected override MessageReply AnswerSmallTalk(TurnContext context, PromptOptions options, SmallTalkMatch smallTalk) =>
        BuildPrompt(context, options, options.RetryPrompt ?? options.Prompt);

    protected override IReadOnlyList<Choice> ChoicesFor(TurnContext context, PromptOptions options)
    {
        var culture = PromptCultureModel.For(context.Language);
        return
        [
            new Choice(YesValue, culture.YesLabel) { Synonyms = culture.Yes },
            new Choice(NoValue, culture.NoLabel) { Synonyms = culture.No },
        ];
    }
}
