namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// The Snowball Dutch stemmer (Lucene.Net's) for lower-case words, plus what it leaves alone that matters here: diminutives: "delen", "deel" → "del";
/// "plaatjes", "plaat" → "plat"; "vrijheden" → "vrijheid" → "vrij".
/// </summary>
public static class DutchStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3) return word;
        var stem = SnowballStemmers.Dutch(StripVowelPlural(StripDiminutive(word)));
        // bedrijven → bedrijf, huizen → huis: the voiced ending of the plural stem.
        if (stem.Length > 3 && stem[^1] is 'v' or 'z') stem = string.Concat(stem.AsSpan(0, stem.Length - 1), stem[^1] == 'v' ? "f" : "s");
        return stem;
    }

    // Snowball leaves diminutives alone; "plaatje" and "plaat" should meet, so strip -je/-jes first.
    private static string StripDiminutive(string word)
    {
        if (word.Length < 6) return word;
        var stem = word.EndsWith("jes", StringComparison.Ordinal) ? word[..^3]
            : word.EndsWith("je", StringComparison.Ordinal) ? word[..^2]
            : null;
        if (stem is null || stem.Length < 3) return word;
        // stoel-tje, bloem-pje: the t/p belongs to the diminutive after l, n, r, w and m.
        if (stem[^1] == 't' && stem[^2] is 'l' or 'n' or 'r' or 'w') return stem[..^1];
        if (stem[^1] == 'p' && stem[^2] == 'm') return stem[..^1];
        return stem;
    }

    // foto's, logo's, video's: Snowball keeps an s after a vowel; a single final vowel plus s is a plural.
    private static string StripVowelPlural(string word) =>
        word.Length >= 5 && word[^1] == 's' && word[^2] is 'a' or 'i' or 'o' or 'u' or 'y' && !IsVowel(word[^3]) ? word[..^1] : word;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
