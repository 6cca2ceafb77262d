using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Which language to answer in. A question clearly written in Dutch or English (three words or more) wins,
/// because people often run Teams in one language and write in the other. Short answers ("ja", "2") keep the
/// language the conversation is held in; a new conversation starts in the channel's locale, else English.
/// </summary>
public static class LanguageResolver
{
    private const int MinWordsToTrustText = 3;

    public static Language Resolve(TurnInput input, RecognizerResult recognized, Language? conversationLanguage)
    {
        if (recognized.DetectedLanguage is { } detected && WordCount(input.Text) >= MinWordsToTrustText) return detected;
        return conversationLanguage ?? LanguageExtensions.FromLocale(input.Locale) ?? recognized.DetectedLanguage ?? Language.En;
    }

    private static int WordCount(string? text) => Text.TextNormalizer.Tokens(text).Length;
}
