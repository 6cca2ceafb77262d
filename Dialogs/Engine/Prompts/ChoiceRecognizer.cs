using System.Text.Json;
using PolicyBot.Dialogs.Caching;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Engine.Prompts;

/// <summary>
/// Finds which choice an answer means: a card submit's <c>choice</c> value, the whole label, value or a synonym
/// (case- and accent-insensitive), the label's words in order with at most two words between them, or a position
/// ("2", "twee", "the second one", "laatste").
/// </summary>
public static class ChoiceRecognizer
{
    private const int MaxSkippedTokens = 2;

    // The normalized words of each candidate (labels, values, synonyms: content, never what the user typed), so a typed
    // answer does not normalize every candidate again on every turn.
    private static readonly BoundedCache<string, string[]> CandidateTokens = new(4096, StringComparer.Ordinal);

    public static FoundChoice? Recognize(string? text, JsonElement? value, IReadOnlyList<Choice> choices, Language language)
    {
        if (choices.Count == 0) return null;
        return FromSubmit(value, choices) ?? FromText(text, choices, language, positions: true);
    }

    /// <summary>The choice a typed text names (label, value or synonym), never by a number or position.</summary>
    public static FoundChoice? Named(string? text, IReadOnlyList<Choice> choices) =>
        choices.Count == 0 ? null : FromText(text, choices, Language.En, positions: false);

    /// <summary>
    /// True when the text begins with a choice's label, value or synonym, as an answer that explains itself does
    /// ("nee, het is al openbaar"); a question that merely contains one ("can I say no to …?") does not.
    /// </summary>
    public static bool LeadsWith(string? text, IReadOnlyList<Choice> choices)
    {
        var utterance = TextNormalizer.Tokens(text);
        return choices.SelectMany(Candidates).Select(TokensOf)
            .Any(c => c.Length > 0 && c.Length <= utterance.Length && utterance.AsSpan(0, c.Length).SequenceEqual(c));
    }

    /// <summary>The choice id a card submit answers with (<see cref="ChoiceAnswer"/>), or null when it does something else.</summary>
    public static string? SubmittedChoice(JsonElement? value) => ButtonActions.From(value) is ChoiceAnswer answer ? answer.Choice : null;

    private static FoundChoice? FromSubmit(JsonElement? value, IReadOnlyList<Choice> choices)
    {
        if (SubmittedChoice(value) is not { } submitted) return null;
        for (var i = 0; i < choices.Count; i++)
            if (string.Equals(choices[i].Value, submitted, StringComparison.OrdinalIgnoreCase)) return new FoundChoice(choices[i].Value, i, 1.0);
        return null;
    }

    private static FoundChoice? FromText(string? text, IReadOnlyList<Choice> choices, Language language, bool positions)
    {
        var utterance = TextNormalizer.Tokens(text);
        if (utterance.Length == 0) return null;

        for (var i = 0; i < choices.Count; i++)
            foreach (var candidate in Candidates(choices[i]))
                if (TokensOf(candidate).AsSpan().SequenceEqual(utterance)) return new FoundChoice(choices[i].Value, i, 1.0, candidate);

        // Best score wins; on a tie the longer candidate ("no idea" beats "no"), as the SDK tries longest first.
        FoundChoice? best = null;
        var bestLength = 0;
        for (var i = 0; i < choices.Count; i++)
            foreach (var candidate in Candidates(choices[i]))
            {
                var tokens = TokensOf(candidate);
                var score = TokenMatch(utterance, tokens);
                if (score <= 0 || score < (best?.Score ?? 0) || (score == best?.Score && tokens.Length <= bestLength)) continue;
                best = new FoundChoice(choices[i].Value, i, score, candidate);
                bestLength = tokens.Length;
            }
        return best ?? (positions ? FromPosition(utterance, choices, language) : null);
    }

    private static IEnumerable<string> Candidates(Choice choice) => [choice.Title, choice.Value, .. choice.Synonyms];

    private static string[] TokensOf(string? candidate)
    {
        // A choice restored from old state may lack a synonym or title; it matches nothing, as before.
        if (candidate is null) return [];
        if (CandidateTokens.TryGet(candidate, out var tokens)) return tokens;
        tokens = TextNormalizer.Tokens(candidate);
        CandidateTokens.Set(candidate, tokens);
        return tokens;
    }

    /// <summary>All candidate tokens must appear in order, with at most two utterance tokens skipped between them.</summary>
    private static double TokenMatch(string[] utterance, string[] candidate)
    {
        if (candidate.Length == 0) return 0;
        for (var start = 0; start < utterance.Length; start++)
        {
            if (utterance[start] != candidate[0]) continue;
            int matched = 1, skipped = 0, position = start + 1;
            for (var c = 1; c < candidate.Length && matched == c; c++)
            {
                for (var gap = 0; gap <= MaxSkippedTokens && position + gap < utterance.Length; gap++)
                {
                    // "ze is niet akkoord" is no "is akkoord": a skipped word never negates the answer.
                    if (gap > 0 && Negation.Is(utterance[position + gap - 1])) break;
                    if (utterance[position + gap] != candidate[c]) continue;
                    matched++;
                    skipped += gap;
                    position += gap + 1;
                    break;
                }
            }
            if (matched == candidate.Length && !Negation.Negates(utterance, start, position)) return (double)matched / (matched + skipped);
        }
        return 0;
    }

    /// <summary>Position words count only in short answers ("2", "de tweede", "number three"), never inside a sentence.</summary>
    private static FoundChoice? FromPosition(string[] utterance, IReadOnlyList<Choice> choices, Language language)
    {
        if (utterance.Length > 4) return null;
        var numberOnly = utterance.Length == 1 || (utterance.Length == 2 && PositionNouns.Contains(utterance[0]));
        foreach (var culture in new[] { PromptCultureModel.For(language), PromptCultureModel.For(language == Language.Nl ? Language.En : Language.Nl) })
            foreach (var token in utterance)
            {
                var index = numberOnly && int.TryParse(token, out var number) ? number - 1
                    : culture.Last.Contains(token) ? choices.Count - 1
                    : IndexOf(culture.Ordinals, token) is var o and >= 0 ? o
                    : numberOnly ? IndexOf(culture.Cardinals, token) : -1;
                if (index >= 0 && index < choices.Count) return new FoundChoice(choices[index].Value, index, 0.9);
            }
        return null;
    }

    private static readonly HashSet<string> PositionNouns = ["nummer", "number", "nr", "no", "optie", "option", "keuze", "choice"];

    private static int IndexOf(IReadOnlyList<string> words, string token)
    {
        for (var i = 0; i < words.Count; i++)
            if (words[i] == token) return i;
        return -1;
    }
}
