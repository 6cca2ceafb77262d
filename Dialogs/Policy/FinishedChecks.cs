using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Engine.Prompts;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The check that ended on the turn before (<see cref="ConversationData.FinishedCheck"/>): "terug" goes back to its last
/// question, and a question that would start it again right after its verdict is about that verdict.
/// </summary>
public static class FinishedChecks
{
    /// <summary>
    /// "terug" right after the check ended: it is back with the answers it had, asking its last question again. False
    /// when the content changed under it since.
    /// </summary>
    public static bool Reopen(DialogContext dc, DialogInstance finished)
    {
        var state = finished.State<CheckState>();
        if (dc.Context.Content.Check(state.CheckId) is not { } check || check.Step(state.StepId) is not { } step || !state.AnswersStillValid(check)) return false;
        state.Answered.Remove(step.Id);
        state.Attempts = 0;
        dc.Reopen(finished);
        dc.Context.SendText(MessageIds.CheckResume);
        CheckPrompts.Ask(dc.Context, check, step, state);
        return true;
    }

    /// <summary>
    /// Right after <paramref name="checkId"/> gave its verdict, a question that would start it again is about that advice,
    /// unless it says it is about another post ("mag ik nog een ander bericht delen?").
    /// </summary>
    public static bool AskedAgain(TurnContext context, string checkId) =>
        context.FinishedCheck?.State<CheckState>() is { } finished
        && finished.CheckId == checkId
        && finished.EndedWithVerdict()
        && !context.Words.Any(AnotherPost.Contains);

    /// <summary>The answer that ended the check on the turn before, pressed again on its card (a double click).</summary>
    public static bool PressedAgain(TurnContext context)
    {
        // The pressed prompt first: most turns press nothing, and reading the finished check's state is the dearer part.
        if (ButtonActions.SubmittedPrompt(context.Input.Value) is not { } prompt
            || context.FinishedCheck?.State<CheckState>() is not { } finished
            || prompt != CheckPrompts.Id(finished.CheckId, finished.StepId)
            || !finished.Answered.TryGetValue(finished.StepId, out var answered)
            || ChoiceRecognizer.SubmittedChoice(context.Input.Value) != answered)
            return false;
        if (context.Input.InPlace && context.Content.Check(finished.CheckId)?.Step(finished.StepId) is { } step
            && step.Choices.FirstOrDefault(c => c.Id == answered) is { } choice)
            context.UpdateCard(CardUpdate.Answered(step.Question[context.Language], choice.Label[context.Language], context.Language, fromContent: true));
        return true;
    }

    private static readonly HashSet<string> AnotherPost = new(["ander", "andere", "nieuw", "nieuwe", "another", "new", "other"], StringComparer.Ordinal);

    /// <summary>The advice of the check just ended stands; it can be gone through again, or put to someone.</summary>
    public static void SendAdviceStands(TurnContext context, string checkId) =>
        context.Send(new MessageReply(context.Text(MessageIds.CheckJustDone))
        {
            Language = context.Language,
            FromContent = true,
            Choices =
            [
                new Choice(Commands.StartCheck(checkId), context.Text(MessageIds.ButtonStartOver)),
                new Choice(Commands.Contact, context.Text(MessageIds.ButtonContact)),
            ],
        });
}
