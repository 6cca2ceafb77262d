using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Dutch or English from function words ("de", "mag", "the", "can") and, more weakly, from words only one language's
/// content uses. Null when the evidence is tied or thin, such as a single word like "LinkedIn".
/// </summary>
internal static class LanguageDetector
{
    private const double VocabularyEvidence = 0.5;
    private const double MinEvidence = 1;

    /// <param name="tokens">The text's normalized words (<see cref="TextNormalizer.Tokens"/>).</param>
    public static Language? Detect(string[] tokens, Func<string, bool> knownInDutch, Func<string, bool> knownInEnglish)
    {
        double nl = 0, en = 0;
        foreach (var token in tokens)
        {
            var nlMarker = StopWords.NlMarkers.Contains(token);
            var enMarker = StopWords.EnMarkers.Contains(token);
            if (nlMarker != enMarker)
            {
                if (nlMarker) nl++;
                else en++;
                continue;
            }
            // A number is no word of either language ("8:30" in an English text whose Dutch twin says "8.30").
            if (nlMarker || TextAnalyzer.IsNumber(token)) continue;
            var dutch = knownInDutch(token);
            if (dutch == knownInEnglish(token)) continue;
            if (dutch) nl += VocabularyEvidence;
            else en += VocabularyEvidence;
        }
        if (Math.Max(nl, en) < MinEvidence || nl == en) return null;
        return nl > en ? Language.Nl : Language.En;
    }
}
