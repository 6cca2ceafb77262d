using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Whether a typed text is put as a question: it ends in a question mark, or one of its clauses opens with a question
/// word ("wat", "how") or a modal or linking verb and a pronoun ("mag ik", "kun je", "can I", "is it"), or ends with
/// the verb and pronoun ("…, mag dat", "… kan het"), or it ends in a plea ("…, help"). An answer rarely reads that way,
/// even one that starts with a verb ("heb ik nog niet gecheckt", "is allemaal al bekend", "have not checked").
/// </summary>
public static class QuestionForm
{
    private static readonly HashSet<string> QuestionWords = new(
        [
            "wie", "wat", "hoe", "waar", "wanneer", "waarom", "welke", "welk", "hoezo", "waarmee", "waarover",
            "who", "what", "how", "where", "when", "why", "which", "whose",
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Verbs = new(
        [
            "mag", "mogen", "kan", "kun", "kunnen", "moet", "moeten", "zal", "zou", "zouden", "wil", "is", "zijn",
            "can", "could", "may", "might", "should", "must", "shall", "will", "would", "do", "does", "did", "are", "am",
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Pronouns = new(
        [
            "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "men", "het", "dit", "dat", "hij",
            "i", "you", "they", "it", "this", "that", "he", "she", "there",
        ],
        StringComparer.Ordinal);

    private static readonly HashSet<string> Pleas = new(["help", "hulp", "advies", "advice"], StringComparer.Ordinal);

    private static readonly char[] ClauseEnds = [',', '.', ';', ':', '!', '?', '\n'];

    public static bool Asks(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = RecognizerLimits.Bound(text); // a pasted page is read as far as the recognizer reads it
        var words = TextNormalizer.Tokens(text);
        if (words.Length >= 2 && (text.TrimEnd().EndsWith('?') || Pleas.Contains(words[^1]))) return true;
        foreach (var clause in text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            var clauseWords = TextNormalizer.Tokens(clause);
            if (clauseWords.Length < 2) continue;
            if (QuestionWords.Contains(clauseWords[0]) || (Verbs.Contains(clauseWords[0]) && Pronouns.Contains(clauseWords[1]))
                || (Verbs.Contains(clauseWords[^2]) && Pronouns.Contains(clauseWords[^1])))
                return true;
        }
        return false;
    }
}
