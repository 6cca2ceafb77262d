using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Engine.Prompts;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// How <see cref="GuidedCheckDialog"/> reads text typed at one of its steps, besides a choice: a description of the post
/// that answers this step and maybe the next ones, or a question about another policy topic.
/// </summary>
internal static class CheckTextReading
{
    private const int MaxShortAnswerWords = 3;

    // An answer in a few words of one's own ("the listing isn't online yet"); a longer text about the topic is a question.
    private const int MaxTopicAnswerWords = 8;
    internal const int MinDescriptionWords = 4;

    /// <summary>A step a description of the post answers: the choice it names there, and the step that comes next.</summary>
    public sealed record UnderstoodStep(CheckStep Step, CheckChoice Choice, CheckStep Next);

    /// <summary>What typed text at a step is besides the choice it may name.</summary>
    /// <param name="Description">The steps a description of the post answers, when it answers more than the choice found.</param>
    /// <param name="Question">A policy topic the text asks about instead of answering the step.</param>
    /// <param name="Asks">Whether the text is put as a question (<see cref="QuestionForm"/>).</param>
    /// <param name="Named">
    /// The choice of this step a sentence (not a question) names first in its own words ("ik heb iets grofs gezegd over een
    /// collega"; "nee, het is nog niet gepubliceerd" at "is there anything not public yet?", where a bare "nee" would be
    /// "No, all public"). Bare answers (ja, nee) count for nothing there.
    /// </param>
    /// <param name="Unsure">
    /// The choice a sentence names first when it names others too and none of them has the strictest finding alone ("ik
    /// heb iets grofs gezegd over een collega" at the triage): said before the question is asked again, not taken.
    /// </param>
    public sealed record Reading(List<UnderstoodStep>? Description, Topic? Question, bool Asks, FoundChoice? Named = null, CheckChoice? Unsure = null);

    /// <summary>Reads typed text at <paramref name="step"/>; <paramref name="found"/> is the choice it names, if any.</summary>
    public static Reading Read(TurnContext context, GuidedCheck check, CheckStep step, IReadOnlyList<Choice> choices, FoundChoice? found)
    {
        if (context.Input.Value is not null) return new Reading(null, null, false);
        // A description that answers more than this step ("een vrolijke foto van ons team") answers all it can at once,
        // and one that answers this step without asking anything ("a photo of a customer at our event") is an answer,
        // not a question about another topic.
        var understood = Understood(context, check, step);
        var asks = QuestionForm.Asks(context.Input.Text);
        // Unless it asks about a topic the check never leads to ("moet ik verplicht posten?", "wat doe ik als ik online
        // uitgescholden word"): that is a question, whatever words it shares with the choices.
        var elsewhere = asks && context.Recognized.Topic is { } recognized && !check.LeadsTo(recognized)
            && context.Content.Topic(recognized)?.StartsCheck is null;
        // The answers of this step a sentence (not a question, not a label typed whole) names in its own words, first named first.
        var named = !asks && context.Words.Length >= 2 && !IsWholeAnswer(context, step, found) ? Mentioned(context, step) : [];
        // A text that names several answers of this step ("nee hoor, nog niet"; "ik vind het prima maar ik heb het niet
        // gevraagd") never takes the laxer one silently: the strictest, or the question again (review of the stop).
        // A description that reads this step as one answer stands unless a stricter answer is named beside it.
        if (understood.Count <= 1 && Several(named, choices) is { } several
            && (understood.Count == 0 || (several.Named is { } stricter && Severity(step, stricter.Value) > Severity(understood[0].Choice))))
            return several;
        var description = !elsewhere && (understood.Count > 1 || (understood.Count == 1 && !context.Input.Text!.TrimEnd().EndsWith('?')));
        if (description) return new Reading(understood.Count > 1 || found?.Value != understood[0].Choice.Id ? understood : null, null, asks);
        // A sentence that answers this step in its own words, a choice that ends the check included ("ik heb iets grofs
        // gezegd over een collega" at "what went wrong?"): that answer, not a question about the topic its words share.
        // The choice its words name first, which need not be the one a contained synonym found ("over een collega").
        // From two words: "nee, nog niet" names "not public yet" in its own words, whatever the bare "nee" leads with.
        if (named.Count > 0) return new Reading(null, null, asks, Found(named[0], choices));
        // A statement about the very topic one answer of this step stands for ("the listing isn't online yet" at "is
        // anything not public yet?" is confidential info): said back as that answer, and the question asked again
        // (user test 39 got the topic's card, then "no people in them" was read as "No, all public").
        if (!asks && found is null && context.Words.Length <= MaxTopicAnswerWords && TopicAnswer(context, step) is { } said)
            return new Reading(null, null, asks, Unsure: said);
        return new Reading(null, QuestionForAnotherTopic(context, step, choices), asks);
    }

    /// <summary>
    /// The stricter answer of <paramref name="step"/> whose finding is about the topic the text was recognized as, when the
    /// answers about that topic agree on the verdict (at "is anyone in it?" a text about mentioning others could be any of four).
    /// </summary>
    private static CheckChoice? TopicAnswer(TurnContext context, CheckStep step)
    {
        if (context.Recognized.Topic is not { } topic) return null;
        var about = step.Choices.Where(c => c.Finding?.Topic == topic).ToList();
        return about.Count > 0 && about.All(c => c.Finding!.Verdict == about[0].Finding!.Verdict)
            && about[0].Finding!.Verdict is VerdictKind.DontShare or VerdictKind.AskOwner ? about[0] : null;
    }

    /// <summary>
    /// The steps, from <paramref name="from"/> on, that a typed description of the post already answers: at each step
    /// the choice whose own words (label or synonyms) come first in the text. It stops at the first step the text says
    /// nothing about, and never answers a step that would end the check: the verdict always follows a question the
    /// employee answered. The text is used for this turn only; the state keeps the choice ids, as for any answer.
    /// </summary>
    public static List<UnderstoodStep> Understood(TurnContext context, GuidedCheck check, CheckStep from)
    {
        var understood = new List<UnderstoodStep>();
        if (context.Words.Length < MinDescriptionWords) return understood;
        var text = context.PaddedWords;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var step = from; step is not null && seen.Add(step.Id);)
        {
            var mentioned = FirstMentioned(context, step.Choices, text);
            if (mentioned?.Next is not { } nextId || check.Step(nextId) is not { } next) break;
            understood.Add(new UnderstoodStep(step, mentioned, next));
            step = next;
        }
        return understood;
    }

    // The text is a choice's label or synonym as a whole ("Mogelijke klant", though "klant" is another answer's word).
    private static bool IsWholeAnswer(TurnContext context, CheckStep step, FoundChoice? found)
    {
        if (found is null || step.Choices.FirstOrDefault(c => c.Id == found.Value) is not { } choice) return false;
        // The choice's own phrases, normalized and padded once per choice, hold each label and synonym as typed whole.
        return Array.IndexOf(ChoiceMentions.Phrases(choice, Language.Nl), context.PaddedWords) >= 0
            || Array.IndexOf(ChoiceMentions.Phrases(choice, Language.En), context.PaddedWords) >= 0;
    }

    /// <summary>The choices of <paramref name="step"/> whose words the turn's text names, in the order it names them.</summary>
    // A mention inside a longer one of another answer names only that one: "kritisch over de politiek" is political
    // criticism, not also "kritisch" (user test 55).
    private static List<CheckChoice> Mentioned(TurnContext context, CheckStep step)
    {
        var mentions = step.Choices
            .Select(c => (Choice: c, Span: ChoiceMentions.FirstSpan(context.PaddedWords, c, context.Language)))
            .Where(m => m.Span.At >= 0)
            .ToList();
        static bool Inside((int At, int Length) inner, (int At, int Length) outer) =>
            outer.Length > inner.Length && inner.At >= outer.At && inner.At + inner.Length <= outer.At + outer.Length;
        return [.. mentions
            .Where(m => !mentions.Any(o => o.Choice != m.Choice && Inside(m.Span, o.Span)))
            .OrderBy(m => m.Span.At)
            .Select(m => m.Choice)];
    }

    /// <summary>
    /// When the text names more than one answer of the step: the one with the strictest finding, when one has it alone;
    /// else the first named, to say before the question is asked again. Null when it names one answer or none.
    /// </summary>
    private static Reading? Several(List<CheckChoice> named, IReadOnlyList<Choice> choices)
    {
        if (named.Count < 2) return null;
        var strictest = named.Max(Severity);
        var strict = named.Where(c => Severity(c) == strictest).ToList();
        return strict is [var only] && Severity(only) > 0
            ? new Reading(null, null, false, Found(only, choices))
            : new Reading(null, null, false, Unsure: named[0]);
    }

    internal static int Severity(CheckStep step, string choiceId) => step.Choices.FirstOrDefault(c => c.Id == choiceId) is { } c ? Severity(c) : 0;

    // A choice that ends the check in an outcome of its own (the triage's leaks, "Niet mijn post") weighs as asking
    // someone: "een foto gepost waarop de naam van een klant te lezen is" is a leak, not a photo (review 50).
    internal static int Severity(CheckChoice choice) => choice.Finding?.Verdict switch
    {
        VerdictKind.DontShare => 4,
        VerdictKind.AskOwner => 3,
        VerdictKind.GoAheadWithCare => 2,
        VerdictKind.GoAhead => 1,
        _ => choice.Outcome is not null ? 3 : 0,
    };

    /// <summary>
    /// A typed bare yes ("ja", "ja klopt", "yes, correct"), as to "Klopt dat?" after an answer was said back: every word
    /// a yes word of the conversation's language, so "ja nee" and "ja, maar" are none (review 69).
    /// </summary>
    public static bool IsBareYes(TurnContext context)
    {
        if (context.Input.Value is not null) return false;
        // The words as typed: "maar" in "ja, maar" is a function word the turn's words leave out.
        var words = TextNormalizer.Tokens(context.Input.Text);
        var yes = Yes[(int)context.Language];
        return words.Length is > 0 and <= MaxShortAnswerWords && (yes.Phrases.Contains(string.Join(' ', words)) || words.All(yes.Words.Contains));
    }

    // Per language: the yes phrases ("doe maar", "dat klopt"), and the one-word ones any yes may be made of ("ja klopt").
    private static readonly (HashSet<string> Phrases, HashSet<string> Words)[] Yes = [.. Enum.GetValues<Language>().Select(l =>
    {
        string[] extra = l == Language.Nl ? ["dat klopt", "ja dat klopt", "klopt ja"] : ["that's right", "that is right", "yes that's right"];
        var phrases = PromptCultureModel.For(l).Yes.Concat(extra).Select(p => string.Join(' ', TextNormalizer.Tokens(p))).ToHashSet(StringComparer.Ordinal);
        return (phrases, phrases.Where(p => !p.Contains(' ')).ToHashSet(StringComparer.Ordinal));
    })];

    /// <summary><paramref name="choice"/> as the prompt's answer (its place among <paramref name="choices"/>), or null when it is not there.</summary>
    public static FoundChoice? Found(CheckChoice choice, IReadOnlyList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++) if (choices[i].Value == choice.Id) return new FoundChoice(choice.Id, i, 1.0);
        return null;
    }

    /// <summary>The choice whose words (label or synonyms) come first in <paramref name="text"/> (normalized, padded).</summary>
    internal static CheckChoice? FirstMentioned(TurnContext context, IEnumerable<CheckChoice> choices, string text) =>
        FirstMentioned(choices, text, c => ChoiceMentions.Phrases(c, context.Language));

    internal static CheckChoice? FirstMentioned(IEnumerable<CheckChoice> choices, string text, Func<CheckChoice, string[]> phrases)
    {
        CheckChoice? first = null;
        var at = int.MaxValue;
        foreach (var choice in choices)
        {
            var position = ChoiceMentions.FirstIn(text, phrases(choice));
            if (position >= 0 && position < at) (first, at) = (choice, position);
        }
        return first;
    }

    /// <summary>
    /// Halfway through, a change of mind that describes another post ("laat maar, ik wil eigenlijk een foto delen",
    /// "actually, I'd rather post a photo instead"): the steps from the check's start that it answers; empty otherwise.
    /// </summary>
    public static List<UnderstoodStep> ChangedMind(TurnContext context, GuidedCheck check, CheckState state)
    {
        if (context.Words.Length < MinDescriptionWords) return [];
        var text = context.PaddedWords;
        if (!MindChanges.Any(m => text.Contains(m, StringComparison.Ordinal)) || check.Step(check.Start) is not { } start) return [];
        // "eigenlijk staat er ook een klant op de foto" corrects the same post: only another kind of post starts over.
        var answered = state.Answered.TryGetValue(start.Id, out var id) ? start.Choices.FirstOrDefault(c => c.Id == id) : null;
        if (answered is not null && ChoiceMentions.FirstIn(text, answered, context.Language) >= 0) return [];
        return Understood(context, check, start);
    }

    // Words that take back what was said before; with a description of a post they start the check over with it.
    private static readonly string[] MindChanges = TextNormalizer.PaddedPhrases(
        ["eigenlijk", "laat maar", "liever", "in plaats daarvan", "instead", "actually", "never mind", "rather"]);

    /// <summary>
    /// A typed sentence that asks about another policy topic is a question, even when a choice's word is in it
    /// ("kan ik ja zeggen tegen een verslaggever die me belt?" at a yes/no step). Short answers, answers that lead with
    /// their choice ("nee, het is al openbaar") and the topics of the step's own choices stay answers.
    /// </summary>
    private static Topic? QuestionForAnotherTopic(TurnContext context, CheckStep step, IReadOnlyList<Choice> choices)
    {
        // "wat zijn de regels?" halfway through: the policy in short, then the check goes on (seventh user test).
        if (WholeMessageTopics.Match(context) is { } whole) return whole;
        if (context.Recognized.Topic is not { } topicId) return null;
        if (context.Content.Topic(topicId) is not { StartsCheck: null } topic || step.Choices.Any(c => c.Finding?.Topic == topicId)) return null;
        var shortAnswer = TextNormalizer.Tokens(context.Input.Text).Length <= MaxShortAnswerWords || ChoiceRecognizer.LeadsWith(context.Input.Text, choices);
        return shortAnswer ? null : topic;
    }

    /// <summary>Answers the understood steps, says what was understood, and returns the step to ask next.</summary>
    public static CheckStep Take(TurnContext context, GuidedCheck check, CheckState state, List<UnderstoodStep> understood)
    {
        context.RecognitionOutcome = RecognitionOutcome.NotUsed;
        var taken = 0;
        foreach (var (step, choice, next) in understood)
        {
            // A stricter answer that earlier words named for a step is not overruled by a description's laxer one ("een
            // foto van de tuin van een cliënt", then "niemand staat erop": user test 67): that step is asked, and says it.
            if (state.Noted.TryGetValue(step.Id, out var noted) && step.Choices.FirstOrDefault(c => c.Id == noted) is { } stricter
                && Severity(stricter) > Severity(choice)) break;
            state.Answer(step.Id, choice.Id);
            state.MoveTo(next.Id);
            taken++;
        }
        if (taken == 0) return understood[0].Step;
        context.SendText(MessageIds.CheckUnderstood, ("answers", string.Join("; ", understood.Take(taken).Select(u => u.Choice.Label[context.Language]))));
        return understood[taken - 1].Next;
    }
}
