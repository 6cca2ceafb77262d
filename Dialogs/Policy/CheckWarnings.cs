using System.Runtime.CompilerServices;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Engine.Prompts;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// What the guided check says back before a question: a stricter answer ("don't share", "ask first") that text typed
/// this turn, or typed earlier and kept in <see cref="CheckState.Noted"/>, names for it. The check never ends on such
/// words alone (a verdict follows a question the employee answered); a typed laxer answer does not overrule them.
/// </summary>
internal static class CheckWarnings
{
    /// <summary>
    /// The choice of <paramref name="step"/> that the text just typed names, when that choice's finding is "don't share"
    /// or "ask first": a description never ends the check itself (a verdict follows a question the employee answered),
    /// so the question says what the words told before the buttons. Null otherwise.
    /// </summary>
    public static CheckChoice? Warning(TurnContext context, GuidedCheck check, CheckStep step) =>
        Words(context) is { } text ? Warning(context, check, step, text, endingOnly: true) : null;

    /// <summary>The words a warning reads, or null when the text is too short to warn about anything.</summary>
    /// <remarks>Not "yes", "maybe" or "weet niet": they answer the question before ("yeah, positive I think"), not this one.</remarks>
    public static string? Words(TurnContext context) =>
        context.Input.Value is not null || context.Words.Length < CheckTextReading.MinDescriptionWords ? null : TextNormalizer.Padded(context.Words.Where(w => !Hedges.Contains(w)));

    /// <param name="text">From <see cref="Words"/>, made once for all the steps a turn looks at.</param>
    /// <param name="endingOnly">Only the answers that end the check (the step asked now); else any stricter one (steps to come).</param>
    public static CheckChoice? Warning(TurnContext context, GuidedCheck check, CheckStep step, string text, bool endingOnly)
    {
        var stricter = Stricter(check, step)[endingOnly ? 0 : 1];
        if (stricter.Length == 0) return null;
        // But a hedge word inside a stricter answer's own words still counts there ("nog niet openbaar", "not published").
        return CheckTextReading.FirstMentioned(context, stricter, text) ?? CheckTextReading.FirstMentioned(stricter, context.PaddedWords, c => NegatedPhrases(c, context.Language));
    }

    // Per step, its "don't share" and "ask first" answers: those that end the check, and all of them; made once per step.
    private static readonly ConditionalWeakTable<CheckStep, CheckChoice[][]> StricterByStep = new();

    // A choice that ends in an outcome someone must hear of (the triage's leaks, an offensive post, someone else's post:
    // outcomes with an owner) counts as asking someone: "een foto van de offerte, de prijzen stonden erop" told before the
    // triage's first question is said back as confidential info there (user test 64); a typo, whose outcome needs no
    // one, is not said back ahead of a leak the same text names (user test 71).
    private static CheckChoice[][] Stricter(GuidedCheck check, CheckStep step) =>
        StricterByStep.GetValue(step, s =>
        {
            var stricter = s.Choices.Where(c => c.Finding?.Verdict is VerdictKind.DontShare or VerdictKind.AskOwner
                || (c.Finding is null && c.Outcome is { } outcome && check.Outcome(outcome)?.Owner is not null)).ToArray();
            return [[.. stricter.Where(c => c.Next is null)], stricter];
        });

    // Per choice and language, the phrases with a hedge word and a word of their own ("nog niet openbaar"), not a hedge
    // alone ("weet niet", "geen idee"); made once per choice, as its phrases are.
    private static readonly ConditionalWeakTable<CheckChoice, string[][]> NegatedByChoice = new();

    private static string[] NegatedPhrases(CheckChoice choice, Language language) =>
        NegatedByChoice.GetValue(choice, c => [.. Enum.GetValues<Language>().Select(l => ChoiceMentions.Phrases(c, l).Where(NegatesAContentWord).ToArray())])[(int)language];

    private static bool NegatesAContentWord(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(Hedges.Contains) && words.Any(w => !Hedges.Contains(w) && !IsFunctionWord(w));
    }

    // Contractions split by the normalizer ("don't" → "don" "t") are Negation's words; "hoor" is a Dutch particle.
    private static bool IsFunctionWord(string word) => StopWords.IsFunctionWord(word) || Negation.Is(word) || word is "hoor" or "t" or "havent";

    private static readonly HashSet<string> Hedges = new(
        ["ja", "jawel", "jep", "nee", "yes", "yeah", "yep", "no", "nope", "maybe", "perhaps", "misschien", "wellicht", "weet", "niet", "zeker",
         "not", "sure", "unsure", "idee", "idea", "know", "twijfel", "denk", "think"],
        StringComparer.Ordinal);

    /// <summary>
    /// Keeps the stricter answers that this turn's text, read as an answer or a description of the post, names at the
    /// steps still to come, for when they are asked (the step asked next has this turn's own warning).
    /// </summary>
    public static void Note(TurnContext context, GuidedCheck check, CheckState state)
    {
        if (Words(context) is not { } text) return;
        foreach (var step in check.Steps)
            if (step.Id != state.StepId && !state.Answered.ContainsKey(step.Id) && Warning(context, check, step, text, endingOnly: false) is { } named)
                state.Noted[step.Id] = named.Id;
    }

    /// <summary>
    /// A typed answer laxer than the stricter one that text typed at an earlier question named for this step (said back
    /// when the step was asked) does not overrule it: "foto van een bewoonster", then "ja, haar dochter vindt het goed" at
    /// "is anyone in it?" is someone in our care (user test 43: "Delen mag"). A pressed button does.
    /// </summary>
    public static FoundChoice? KeepNoted(TurnContext context, CheckStep step, CheckState state, IReadOnlyList<Choice> choices, FoundChoice? found)
    {
        if (found is null || context.Input.Value is not null || !state.Noted.TryGetValue(step.Id, out var noted)) return found;
        return step.Choices.FirstOrDefault(c => c.Id == noted) is { } stricter && CheckTextReading.Severity(stricter) > CheckTextReading.Severity(step, found.Value) ? CheckTextReading.Found(stricter, choices) : found;
    }
}
