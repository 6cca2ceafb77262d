using System.Runtime.CompilerServices;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Where a typed description first mentions a check choice ("ik wil een vrolijke foto posten"): its label or a synonym,
/// normalized, with an inflection the synonym lists leave out ("vrolijke foto", "pics"). The phrases follow from the
/// content alone, so they are made once per choice (both languages) and shared; a content reload brings new choices,
/// and the old entries go with the old content.
/// </summary>
internal static class ChoiceMentions
{
    private static readonly string[] InflectedEndings = ["", "e", "en", "s"];

    // Words that answer a yes/no question but say nothing about a post when they turn up in a description.
    private static readonly HashSet<string> BareAnswers = new(StringComparer.Ordinal) { "ja", "nee", "yes", "no", "anders", "other", "klopt" };

    private static readonly ConditionalWeakTable<CheckChoice, string[][]> PhrasesByChoice = new();

    /// <summary>The first position of the choice's words in <paramref name="text"/> (normalized, padded with spaces), or -1.</summary>
    public static int FirstIn(string text, CheckChoice choice, Language language) => FirstIn(text, Phrases(choice, language));

    /// <summary>The first position of one of <paramref name="phrases"/> (normalized, padded) in <paramref name="text"/>, or -1.</summary>
    public static int FirstIn(string text, string[] phrases) => FirstSpan(text, phrases).At;

    /// <summary>Where the choice's words first stand in <paramref name="text"/>, and how long that mention is (-1, 0 when none).</summary>
    public static (int At, int Length) FirstSpan(string text, CheckChoice choice, Language language) => FirstSpan(text, Phrases(choice, language));

    private static (int At, int Length) FirstSpan(string text, string[] phrases)
    {
        (int At, int Length) first = (-1, 0);
        foreach (var phrase in phrases)
        {
            var at = text.IndexOf(phrase, StringComparison.Ordinal);
            // "geen journalist", "niet boos", "ze weten het niet": words the text negates name no answer.
            while (at >= 0 && Negation.NegatesAt(text, at, phrase.Length)) at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at >= 0 && (first.At < 0 || at < first.At || (at == first.At && phrase.Length > first.Length))) first = (at, phrase.Length);
        }
        return first;
    }

    /// <summary>The choice's words as <see cref="FirstIn(string, CheckChoice, Language)"/> looks for them, made once per choice.</summary>
    public static string[] Phrases(CheckChoice choice, Language language) =>
        PhrasesByChoice.GetValue(choice, c => [.. Enum.GetValues<Language>().Select(l => c.Synonyms[l].Append(c.Label[l])
            .Select(TextNormalizer.Normalize)
            .Where(p => p.Length >= 3 && !BareAnswers.Contains(p))
            .SelectMany(p => InflectedEndings.Select(ending => " " + p + ending + " "))
            .ToArray())])[(int)language];
}
