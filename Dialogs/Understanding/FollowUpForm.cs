using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Whether a short typed text reads as a follow-up on what was just answered rather than a question of its own: it
/// opens by carrying on ("en als het een oud-collega is?", "ook niet als ik de naam weglaat?", "and on Facebook?",
/// "even if I keep it anonymous?"), or asks about something it only points back to ("wat als het mijn baas is?",
/// "who can I report it to", "should I block him?"). Such a text names too little to find its topic on its own.
/// </summary>
public static class FollowUpForm
{
    /// <summary>Longer texts say enough to stand on their own.</summary>
    public const int MaxWords = 10;

    /// <summary>A text that only points back must be shorter still: a longer one usually names its own subject.</summary>
    private const int MaxPointingWords = 7;

    // A first word that carries on from what came before ("en op facebook?", "but anonymously?"). Not "even" or "of":
    // Dutch opens ordinary questions with them ("even een vraag", "of mag ik…").
    private static readonly HashSet<string> Continuations = new(["en", "maar", "and", "but"], StringComparer.Ordinal);

    // Two first words that carry on with a variation of the last question, whatever follows.
    private static readonly HashSet<string> Carryovers = new(
        ["ook als", "ook niet", "ook bij", "ook op", "ook voor", "zelfs als", "even if", "also if", "also for", "also on"],
        StringComparer.Ordinal);

    // Two first words that ask about a variation, if the rest points back or is short ("wat als het mijn baas is?",
    // "what about Facebook?"); "what if a customer complains under my post" is a question of its own.
    private static readonly HashSet<string> Variations = new(
        ["wat als", "wat nou", "what if", "what about", "how about"],
        StringComparer.Ordinal);

    // Words that point back to something named before.
    private static readonly HashSet<string> PointingWords = new(
        [
            "het", "dat", "die", "dit", "deze", "hij", "zij", "ze", "hem", "haar", "hun", "daar", "daarvan", "ervan", "erover",
            "it", "that", "this", "these", "those", "he", "she", "they", "him", "her", "them", "there",
        ],
        StringComparer.Ordinal);

    // A reply's first word that says nothing yet ("ok en als ze het goedvindt?", "oh, and on facebook?").
    private static readonly HashSet<string> Fillers = new(["ok", "oke", "okay", "oké", "oh", "ah", "hm", "hmm", "nou", "aha", "right"], StringComparer.Ordinal);

    // At most this many words make a bare follow-up ("mag dat wel?", "is that allowed?").
    private const int MaxBareWords = 3;

    // A bare follow-up opens with asking whether something may or can be, and points at it with a demonstrative:
    // "regent het nog?" or "is het weekend?" point at nothing (review 50).
    private static readonly HashSet<string> BareOpenings = new(
        ["mag", "kan", "is", "moet", "mogen", "kunnen", "telt", "valt", "may", "can", "should", "must", "does", "could", "would"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Demonstratives = new(["dat", "dit", "that", "this"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the text opens as a follow-up ("en als…", "what if it…", "ook als…", or a bare "mag dat?"), or only
    /// points back with a word ("who can I report it to"): the latter is also how unrelated questions look ("what time
    /// is it?").
    /// </summary>
    public static FollowUpKind Read(string? text)
    {
        var words = Words(text);
        if (words.Length is 0 or > MaxWords) return FollowUpKind.None;
        if (IsBare(words) && QuestionForm.Asks(text)) return FollowUpKind.Bare;
        if (Continuations.Contains(words[0]) && words.Length > 1) return FollowUpKind.Opens;
        var opening = words.Length > 1 ? words[0] + " " + words[1] : "";
        if (Carryovers.Contains(opening)) return FollowUpKind.Opens;
        var pointsBack = words.Any(PointingWords.Contains);
        if (Variations.Contains(opening)) return pointsBack || words.Length <= 4 ? FollowUpKind.Opens : FollowUpKind.None;
        return pointsBack && words.Length <= MaxPointingWords && QuestionForm.Asks(text) ? FollowUpKind.PointsBack : FollowUpKind.None;
    }

    // "mag dat?", "kan dat wel?", "is that allowed?": at most three words, opening with whether something may or can be
    // and pointing at it with "dat", "dit", "that" or "this". It names nothing that could make it a question of its own
    // (user test 46: "mag dat?" after an answer found nothing).
    private static bool IsBare(string[] words) =>
        words.Length <= MaxBareWords && BareOpenings.Contains(words[0]) && words.Skip(1).Any(Demonstratives.Contains);

    private static string[] Words(string? text)
    {
        var words = TextNormalizer.Tokens(text);
        return words.Length > 1 && Fillers.Contains(words[0]) ? words[1..] : words;
    }
}

/// <summary>How a text reads as a follow-up (<see cref="FollowUpForm.Read"/>).</summary>
public enum FollowUpKind
{
    None,

    /// <summary>Opens as a follow-up ("en als…", "what if it…", "ook als…"): one even where the text alone looks unrelated.</summary>
    Opens,

    /// <summary>A bare "mag dat?" / "is that allowed?": it names nothing else, so it is about the last answer, sure or not.</summary>
    Bare,

    /// <summary>Only points back with a word ("who can I report it to"), as unrelated questions do too ("what time is it?").</summary>
    PointsBack,
}
