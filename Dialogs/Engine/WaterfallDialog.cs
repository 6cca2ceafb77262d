using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine;

/// <summary>A step in a waterfall: read <c>step.Result</c>, record it, and prompt, move on or end.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>
/// Runs its steps in order, one user answer per step, as the Bot Framework SDK does. Running past the last step
/// ends the dialog with the last result. The step index and the steps' state record are stored with the conversation, so a
/// waterfall continues where it was after a restart.
/// </summary>
public sealed class WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Input.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, Instance(dc).StepIndex + 1, reason, result, cancellationToken);

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count) return await dc.EndDialogAsync(result, cancellationToken);
        var instance = Instance(dc);
        instance.StepIndex = index;
        return await steps[index](new WaterfallStepContext(this, dc, instance, reason, result), cancellationToken);
    }

    private static DialogInstance Instance(DialogContext dc) =>
        dc.ActiveDialog ?? throw new InvalidOperationException("The waterfall is not on the stack.");
}
