using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine;

/// <summary>
/// A unit of conversation on the dialog stack. Dialogs hold no per-conversation fields: everything a dialog
/// remembers between turns lives in its <see cref="DialogInstance"/>.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Called when the dialog is pushed on the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Called with the user's next message while this dialog is on top. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>
    /// The id of the question the dialog waits on, as stamped on its buttons (<see cref="MessageReply.PromptId"/>); null
    /// when it stamps none. A button pressed on another question's card then goes to <see cref="ContinueStalePressAsync"/>.
    /// </summary>
    public virtual string? PendingPrompt(TurnContext context, DialogInstance instance) => null;

    /// <summary>
    /// A button of an earlier question was pressed (Web Chat leaves answered cards live): say so, and ask the pending
    /// question again. Dialogs that know what was answered there say that instead.
    /// </summary>
    public virtual async Task<DialogTurnResult> ContinueStalePressAsync(DialogContext dc, string pressedPrompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Context.SendText(MessageIds.StaleCard);
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Asks the pending question again, e.g. after a help interruption.</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Takes the conversation back to the pending question after the bot answered something else in between (a button
    /// of "did you mean", "did this help?"); dialogs that say where the employee is going back to override it.
    /// </summary>
    public virtual Task ResumeDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        RepromptDialogAsync(dc, instance, cancellationToken);
}
