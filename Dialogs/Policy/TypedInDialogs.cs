using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Engine.Prompts;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>What typed text halfway through a dialog stands for besides an answer to it, as a button would (<see cref="PolicyRouter"/>).</summary>
public static class TypedInDialogs
{
    /// <summary>
    /// Typed in a dialog, what leaves it for something else: a menu command typed whole, or asking for a person ("ik wil
    /// met iemand praten" halfway through the check). Not while the hand-off waits for the employee's own words, which
    /// may well ask for someone, nor at its choice of owner, which understands owners by name itself.
    /// </summary>
    public static ButtonAction? Command(DialogContext dc) =>
        PolicyMenu.TypedCommand(dc.Context, whole: true)
        ?? dc.ActiveDialog!.Id switch
        {
            HandoffDialog.TextPromptId or HandoffDialog.ConfirmPromptId => null,
            HandoffDialog.ChoicePromptId => QuestionAtTheChoiceOfOwner(dc),
            _ => ContactRequests.Match(dc.Context),
        };

    /// <summary>
    /// A policy question typed where the hand-off asks which owner, that names none of them: its answer, rather than
    /// "pick one of the options" until "stop" (seventh user test).
    /// </summary>
    private static ShowTopic? QuestionAtTheChoiceOfOwner(DialogContext dc)
    {
        const int MinQuestionWords = 4;
        var context = dc.Context;
        if (context.Words.Length < MinQuestionWords || context.Recognized.Topic is not { } topicId || dc.ActiveDialog!.Prompt is not { } prompt) return null;
        return ChoicePrompt.Answer(context, prompt) is null ? new ShowTopic(topicId) : null;
    }
}
