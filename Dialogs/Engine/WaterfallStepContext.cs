using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: the previous step's result, the shared state, and the ways to move on.</summary>
public sealed class WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, DialogInstance instance, DialogReason reason, object? result)
{
    private bool _nextCalled;

    public DialogContext Dialog { get; } = dc;

    public TurnContext Context => Dialog.Context;

    public int Index => instance.StepIndex;

    /// <summary>The string the waterfall was begun with.</summary>
    public string? Options => instance.Options;

    /// <summary>The record all steps of this waterfall instance share; stored with the conversation.</summary>
    public T State<T>() where T : class, new() => instance.State<T>();

    public DialogReason Reason { get; } = reason;

    /// <summary>The previous step's result: a prompt's value, a child dialog's result, or the user's text.</summary>
    public object? Result { get; } = result;

    /// <summary>Runs the next step right away with <paramref name="nextResult"/>; allowed once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? nextResult = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled) throw new InvalidOperationException($"NextAsync called twice in step {Index} of '{waterfall.Id}'.");
        _nextCalled = true;
        return waterfall.ResumeDialogAsync(Dialog, DialogReason.NextCalled, nextResult, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        Dialog.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        Dialog.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? endResult = null, CancellationToken cancellationToken = default) =>
        Dialog.EndDialogAsync(endResult, cancellationToken);

    /// <summary>Waits for the user: their next message becomes the next step's <see cref="Result"/>.</summary>
    public static DialogTurnResult EndOfTurn => DialogTurnResult.Waiting;

    public void Send(Reply reply) => Dialog.Send(reply);
}
