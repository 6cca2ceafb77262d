using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Which language to answer in. A question clearly written in Dutch or English (three words or more) wins,
/// because people often run Teams in one language and write in the other; so does a short word only one language
/// uses ("hulp", "terug", "bedankt"), and a small-talk phrase only one language lists, whatever its words ("switch to
/// dutch"). Other short answers ("ja", "2", "help") keep the language the conversation is
/// held in, unless that was only a default: then the message's locale wins. A new conversation starts in the
/// channel's locale, else (a guess) English.
/// </summary>
public static class LanguageResolver
{
    private const int MinWordsToTrustText = 3;

    /// <param name="phraseLanguage">The language of a known short phrase the text is (a small-talk phrase), if only one language uses it.</param>
    public static (Language Language, bool Guessed) Resolve(
        TurnInput input, RecognizerResult recognized, Language? conversationLanguage, bool conversationGuessed, Language? phraseLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(recognized);
        // A whole message that is a phrase of one language's list says which language it wants, whatever its words look
        // like: "switch to dutch" is English and asks for Dutch.
        if (phraseLanguage is { } phrase) return (phrase, false);
        if (recognized.DetectedLanguage is { } detected && WordCount(input.Text) >= MinWordsToTrustText) return (detected, false);
        if (InterruptionRecognizer.LanguageOf(input.Text) is { } word) return (word, false);
        var locale = LanguageExtensions.FromLocale(input.Locale);
        if (conversationLanguage is { } held && !(conversationGuessed && locale is not null)) return (held, conversationGuessed);
        if (locale is { } fromLocale) return (fromLocale, false);
        return (recognized.DetectedLanguage ?? Language.En, true);
    }

    private static int WordCount(string? text) => Text.TextNormalizer.Tokens(text).Length;
}
