using System.Runtime.CompilerServices;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>How <see cref="GuidedCheckDialog"/> asks a step: its question with the choices as buttons, and the prompt id that ties a pressed button to the step.</summary>
internal static class CheckPrompts
{
    public static string Id(string checkId, string stepId) => checkId + "/" + stepId;

    /// <summary>The prompt id of the step the check waits at.</summary>
    public static string Id(CheckState state) => Id(state.CheckId, state.StepId);

    /// <param name="said">A choice the text seemed to name, to say before the buttons; else the stricter one it names, if any.</param>
    /// <returns>The choice said before the buttons as what this turn's words named, if any.</returns>
    public static CheckChoice? Ask(TurnContext context, GuidedCheck check, CheckStep step, CheckState state, CheckChoice? said = null)
    {
        // "een post dat mijn baas een idioot is", then the tone: say what the words already told, before the buttons
        // (seventh user test: "Positief" was pressed and the check said go ahead).
        var warned = said ?? CheckWarnings.Warning(context, check, step);
        if (warned is not null) context.SendText(MessageIds.CheckTextSaid, ("choice", warned.Label[context.Language]));
        // Also what was typed at an earlier question ("een screenshot van een chat met een klant", then "is it public?":
        // user test 36 answered "nee" and got "Ga je gang!").
        else if (state.Noted.TryGetValue(step.Id, out var noted) && step.Choices.FirstOrDefault(c => c.Id == noted) is { } earlier)
            context.SendText(MessageIds.CheckTextSaidBefore, ("choice", earlier.Label[context.Language]));
        var choices = Choices(step, context.Language).ToList();
        if (state.StepId != check.Start) choices.Add(new Choice(InterruptionRecognizer.BackCommand, context.Text(MessageIds.ButtonBack)));
        context.Send(new MessageReply(step.Question[context.Language])
        {
            Choices = choices, ExpectingInput = true, Language = context.Language, FromContent = true, PromptId = Id(check.Id, step.Id),
        });
        return warned;
    }

    /// <summary>
    /// Asks <paramref name="step"/> after typed text was taken as an answer or a description of the post, keeping first
    /// what that text says about the questions still to come (<see cref="CheckWarnings.Note"/>).
    /// </summary>
    public static void AskAfterAnswer(TurnContext context, GuidedCheck check, CheckStep step, CheckState state)
    {
        CheckWarnings.Note(context, check, state);
        // What the words just said for this question holds as they are answered: a typed laxer answer ("grappig
        // gewoon" after "a video of a drunk guest") does not overrule it, a pressed button does (user test 59).
        if (Ask(context, check, step, state) is { } warned) state.Noted[step.Id] = warned.Id;
    }

    // A step's choices follow from the content alone, so they are made once per step (both languages) and shared;
    // a content reload brings new steps, and the old entries go with the old content.
    private static readonly ConditionalWeakTable<CheckStep, IReadOnlyList<Choice>[]> ChoicesByStep = new();

    public static IReadOnlyList<Choice> Choices(CheckStep step, Language language) =>
        ChoicesByStep.GetValue(step, s => [.. Enum.GetValues<Language>().Select(l => (IReadOnlyList<Choice>)[.. s.Choices.Select(c =>
            new Choice(c.Id, c.Label[l]) { Synonyms = [.. c.Synonyms[l].Concat(c.Synonyms.All).Distinct(StringComparer.Ordinal)] })])])[(int)language];
}
