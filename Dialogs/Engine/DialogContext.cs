using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine;

/// <summary>
/// The dialog stack of one conversation during one turn, with the Bot Framework operations on it
/// (see shared/PROTOCOL.md §10). The top of the stack is index 0.
/// </summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext context, DialogState state)
{
    public TurnContext Context { get; } = context;

    public IReadOnlyList<DialogInstance> Stack => state.DialogStack;

    public DialogInstance? ActiveDialog => state.DialogStack.Count > 0 ? state.DialogStack[0] : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = dialogs.Find(dialogId) ?? throw new InvalidOperationException($"Unknown dialog '{dialogId}'.");
        state.DialogStack.Insert(0, new DialogInstance { Id = dialogId, Options = options as string });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Puts a dialog that has ended back on top of the stack, with the state it ended with.</summary>
    public void Reopen(DialogInstance instance) => state.DialogStack.Insert(0, instance);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Gives the user's message to the active dialog; <see cref="DialogTurnStatus.Empty"/> when none is active.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active) return DialogTurnResult.Empty;
        if (dialogs.Find(active.Id) is not { } dialog)
        {
            // State from an older release can name a dialog that no longer exists: start clean rather than fail forever.
            state.DialogStack.Clear();
            return DialogTurnResult.Empty;
        }
        if (ButtonActions.SubmittedPrompt(Context.Input.Value) is { } pressed
            && dialog.PendingPrompt(Context, active) is { } pending && pressed != pending)
            return await dialog.ContinueStalePressAsync(this, pressed, cancellationToken);
        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Pops the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        Pop();
        if (ActiveDialog is not { } parent) return new DialogTurnResult(DialogTurnStatus.Complete, result);
        if (dialogs.Find(parent.Id) is not { } dialog)
        {
            state.DialogStack.Clear();
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }
        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends the active dialog without resuming its parent and begins <paramref name="dialogId"/> in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        Pop();
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync()
    {
        if (state.DialogStack.Count == 0) return Task.FromResult(DialogTurnResult.Empty);
        state.DialogStack.Clear();
        return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Cancelled));
    }

    /// <summary>Lets the active dialog ask its pending question again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active && dialogs.Find(active.Id) is { } dialog)
            await dialog.RepromptDialogAsync(this, active, cancellationToken);
    }

    /// <summary>Lets the active dialog take the conversation back to its pending question (<see cref="Dialog.ResumeDialogAsync"/>).</summary>
    public async Task ResumeDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active && dialogs.Find(active.Id) is { } dialog)
            await dialog.ResumeDialogAsync(this, active, cancellationToken);
    }

    public void Send(Reply reply) => Context.Send(reply);

    private void Pop()
    {
        if (state.DialogStack.Count > 0) state.DialogStack.RemoveAt(0);
    }
}
