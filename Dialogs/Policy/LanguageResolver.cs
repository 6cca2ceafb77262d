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
/// channel's locale, else (a guess) English. A short word or phrase of one language answers this turn in it, but a
/// conversation held in the other language stays in that language ("back" typed in a Dutch chat is answered in English,
/// the next button press in Dutch again); only a sentence, or a request to switch, changes it.
/// </summary>
public static class LanguageResolver
{
    private const int MinWordsToTrustText = 3;

    /// <param name="phraseLanguage">The language of a known short phrase the text is (a small-talk phrase), if only one language uses it.</param>
    /// <param name="phraseSwitches">Whether that phrase asks for its language ("switch to dutch"): then the conversation follows.</param>
    /// <returns>The turn's language; whether it is only a guess; whether it is for this turn only, the conversation keeping its own.</returns>
    public static (Language Language, bool Guessed, bool ThisTurnOnly) Resolve(
        TurnInput input, RecognizerResult recognized, Language? conversationLanguage, bool conversationGuessed, Language? phraseLanguage = null, bool phraseSwitches = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(recognized);
        // A conversation held in a language the employee chose or wrote in keeps it past a word of the other language.
        var held = conversationLanguage is not null && !conversationGuessed;
        // A whole message that is a phrase of one language's list says which language it wants, whatever its words look
        // like: "switch to dutch" is English and asks for Dutch.
        if (phraseLanguage is { } phrase) return (phrase, false, held && !phraseSwitches && phrase != conversationLanguage);
        if (recognized.DetectedLanguage is { } detected && WordCount(input.Text) >= MinWordsToTrustText) return (detected, false, false);
        if (InterruptionRecognizer.LanguageOf(input.Text) is { } word) return (word, false, held && word != conversationLanguage);
        var locale = LanguageExtensions.FromLocale(input.Locale);
        if (conversationLanguage is { } language && !(conversationGuessed && locale is not null)) return (language, conversationGuessed, false);
        if (locale is { } fromLocale) return (fromLocale, false, false);
        return (recognized.DetectedLanguage ?? Language.En, true, false);
    }

    private static int WordCount(string? text) => Text.TextNormalizer.Tokens(text).Length;
}
