using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
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
