using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Content.Checking;

/// <summary>
/// Texts whose translation looks missing: the Dutch and English versions are the same, or one is clearly written in
/// the other language (a copied text waiting for its translation). Short texts (names, "LinkedIn") are left alone.
/// </summary>
internal static partial class Translations
{
    private const int MinimumWords = 4;

    public static void Check(IEnumerable<TextPair> texts, ITopicRecognizer recognizer, DiagnosticBag diagnostics)
    {
        foreach (var (_, nl, en) in texts)
        {
            // Placeholders ({count}, {situation}) are English words in both texts; they say nothing of the language.
            var nlText = Placeholder().Replace(nl.Value, " ");
            var enText = Placeholder().Replace(en.Value, " ");
            var nlWords = TextNormalizer.Tokens(nlText).Length;
            var enWords = TextNormalizer.Tokens(enText).Length;
            if (Math.Min(nlWords, enWords) < MinimumWords) continue;
            if (TextNormalizer.Normalize(nlText) == TextNormalizer.Normalize(enText))
                diagnostics.Warning(en, "the 'nl' and 'en' texts are the same; is the translation missing?");
            else if (recognizer.Recognize(nlText).DetectedLanguage == Language.En)
                diagnostics.Warning(nl, "the 'nl' text looks English; is the Dutch translation missing?");
            else if (recognizer.Recognize(enText).DetectedLanguage == Language.Nl)
                diagnostics.Warning(en, "the 'en' text looks Dutch; is the English translation missing?");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[A-Za-z-]+\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
