using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks a question and waits until the answer is understood. A wrong answer gets the retry prompt; after
/// <see cref="PromptOptions.MaxAttempts"/> wrong answers the prompt ends with a null result, so the calling step can
/// move on instead of the user being stuck.
/// </summary>
public abstract class Prompt<T>(string id) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        var instance = dc.ActiveDialog!;
        instance.Prompt = promptOptions;
        instance.AttemptCount = 0;
        dc.Send(BuildPrompt(dc.Context, promptOptions, promptOptions.Prompt));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var options = instance.Prompt ?? throw new InvalidOperationException($"Prompt '{Id}' has no stored options.");
        if (Recognize(dc.Context, options) is { } value)
        {
            AnswerOnCard(dc.Context, options);
            return await dc.EndDialogAsync(value, cancellationToken);
        }
        if (dc.Context.SmallTalk is { } smallTalk)
        {
            // "bedankt", "ok", "hoi" between the question and its answer is no wrong answer: the question again.
            dc.Send(AnswerSmallTalk(dc.Context, options, smallTalk));
            return DialogTurnResult.Waiting;
        }
        if (++instance.AttemptCount >= options.MaxAttempts) return await dc.EndDialogAsync(null, cancellationToken);
        dc.Send(BuildPrompt(dc.Context, options, options.RetryPrompt ?? options.Prompt));
        return DialogTurnResult.Waiting;
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        // Something pushed on top of the prompt ended: ask again and keep waiting.
        var instance = dc.ActiveDialog!;
        if (instance.Prompt is { } options) dc.Send(BuildPrompt(dc.Context, options, options.Prompt));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        if (instance.Prompt is { } options) dc.Send(BuildPrompt(dc.Context, options, options.Prompt));
        return Task.CompletedTask;
    }

    public override string? PendingPrompt(TurnContext context, DialogInstance instance) => Id;

    /// <summary>A button press on the prompt's card turns that card into the question with the chosen answer.</summary>
    private void AnswerOnCard(TurnContext context, PromptOptions options)
    {
        if (ChoiceRecognizer.SubmittedChoice(context.Input.Value) is not { } submitted) return;
        if (ChoicesFor(context, options).FirstOrDefault(c => c.Value == submitted) is { } choice)
            context.UpdateCard(CardUpdate.Answered(options.Prompt, choice.Title, context.Language, options.FromContent, options.Quote));
    }

    /// <summary>Small talk instead of an answer: a friendly line, then the question again.</summary>
    protected virtual MessageReply AnswerSmallTalk(TurnContext context, PromptOptions options, SmallTalkMatch smallTalk)
    {
        context.SendText(smallTalk.InDialogReply);
        return BuildPrompt(context, options, options.Prompt);
    }

    /// <summary>The recognized answer, or null when the input does not answer the prompt.</summary>
    protected abstract T? Recognize(TurnContext context, PromptOptions options);

    protected virtual IReadOnlyList<Choice> ChoicesFor(TurnContext context, PromptOptions options) => options.Choices;

    protected MessageReply BuildPrompt(TurnContext context, PromptOptions options, string text) =>
        new(text) { Choices = ChoicesFor(context, options), ExpectingInput = true, Language = context.Language, FromContent = options.FromContent, PromptId = Id, Quote = text == options.Prompt ? options.Quote : null };
}
