using System.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// The Snowball Dutch stemmer for lower-case words, plus diminutives: "delen", "deel" → "del";
/// "plaatjes", "plaat" → "plat"; "vrijheden" → "vrijheid" → "vrij".
/// </summary>
public static class DutchStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3) return word;
        var s = new StringBuilder(StripVowelPlural(StripDiminutive(word)));
        MarkVowelsAsConsonants(s);
        var r1 = Region(s, 0);
        r1 = Math.Max(r1, 3);
        var r2 = Region(s, r1);

        Step1(s, r1);
        var eRemoved = Step2(s, r1);
        Step3a(s, r1, r2);
        Step3b(s, r2, r1, eRemoved);
        Step4(s);
        // bedrijven → bedrijf, huizen → huis: the voiced ending of the plural stem.
        if (s.Length > 3 && s[^1] is 'v' or 'z') s[^1] = s[^1] == 'v' ? 'f' : 's';
        return s.ToString().Replace('I', 'i').Replace('Y', 'y');
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

    private static void MarkVowelsAsConsonants(StringBuilder s)
    {
        if (s[0] == 'y') s[0] = 'Y';
        for (var i = 1; i < s.Length; i++)
        {
            if (s[i] == 'y' && IsVowel(s[i - 1])) s[i] = 'Y';
            else if (s[i] == 'i' && IsVowel(s[i - 1]) && i + 1 < s.Length && IsVowel(s[i + 1])) s[i] = 'I';
        }
    }

    // The region after the first non-vowel following a vowel, starting at `from`.
    private static int Region(StringBuilder s, int from)
    {
        for (var i = from + 1; i < s.Length; i++)
            if (!IsVowel(s[i]) && IsVowel(s[i - 1])) return i + 1;
        return s.Length;
    }

    private static bool EndsWith(StringBuilder s, string suffix)
    {
        if (s.Length < suffix.Length) return false;
        for (var i = 0; i < suffix.Length; i++)
            if (s[s.Length - suffix.Length + i] != suffix[i]) return false;
        return true;
    }

    private static void Undouble(StringBuilder s)
    {
        if (EndsWith(s, "kk") || EndsWith(s, "dd") || EndsWith(s, "tt")) s.Length--;
    }

    private static bool ValidEnEnding(StringBuilder s, int stemLength) =>
        stemLength > 0 && !IsVowel(s[stemLength - 1])
        && !(stemLength >= 3 && s[stemLength - 3] == 'g' && s[stemLength - 2] == 'e' && s[stemLength - 1] == 'm');

    private static bool RemoveEn(StringBuilder s, string suffix, int r1)
    {
        var stem = s.Length - suffix.Length;
        if (stem < r1 || !ValidEnEnding(s, stem)) return false;
        s.Length = stem;
        Undouble(s);
        return true;
    }

    private static void Step1(StringBuilder s, int r1)
    {
        if (EndsWith(s, "heden"))
        {
            if (s.Length - 5 >= r1) { s.Length -= 5; s.Append("heid"); }
        }
        else if (EndsWith(s, "ene")) RemoveEn(s, "ene", r1);
        else if (EndsWith(s, "en")) RemoveEn(s, "en", r1);
        else if (EndsWith(s, "se") || EndsWith(s, "s"))
        {
            var stem = s.Length - (EndsWith(s, "se") ? 2 : 1);
            if (stem >= r1 && stem > 0 && !IsVowel(s[stem - 1]) && s[stem - 1] != 'j') s.Length = stem;
        }
    }

    private static bool Step2(StringBuilder s, int r1)
    {
        var stem = s.Length - 1;
        if (!EndsWith(s, "e") || stem < r1 || stem == 0 || IsVowel(s[stem - 1])) return false;
        s.Length = stem;
        Undouble(s);
        return true;
    }

    private static void Step3a(StringBuilder s, int r1, int r2)
    {
        var stem = s.Length - 4;
        if (!EndsWith(s, "heid") || stem < r2 || (stem > 0 && s[stem - 1] == 'c')) return;
        s.Length = stem;
        if (EndsWith(s, "en")) RemoveEn(s, "en", r1);
    }

    private static void Step3b(StringBuilder s, int r2, int r1, bool eRemoved)
    {
        if (EndsWith(s, "end") || EndsWith(s, "ing"))
        {
            if (s.Length - 3 < r2) return;
            s.Length -= 3;
            if (EndsWith(s, "ig") && s.Length - 2 >= r2 && (s.Length < 3 || s[^3] != 'e')) s.Length -= 2;
            else Undouble(s);
        }
        else if (EndsWith(s, "ig"))
        {
            if (s.Length - 2 >= r2 && (s.Length < 3 || s[^3] != 'e')) s.Length -= 2;
        }
        else if (EndsWith(s, "lijk"))
        {
            if (s.Length - 4 < r2) return;
            s.Length -= 4;
            Step2(s, r1);
        }
        else if (EndsWith(s, "baar"))
        {
            if (s.Length - 4 >= r2) s.Length -= 4;
        }
        else if (EndsWith(s, "bar") && eRemoved && s.Length - 3 >= r2)
        {
            s.Length -= 3;
        }
    }

    // maan → man, brood → brod: undouble a double vowel before a final consonant.
    private static void Step4(StringBuilder s)
    {
        if (s.Length < 4) return;
        var d = s[^1];
        var v = s[^2];
        var c = s[^4];
        if (!IsVowel(d) && d != 'I' && v == s[^3] && v is 'a' or 'e' or 'o' or 'u' && !IsVowel(c)) s.Remove(s.Length - 2, 1);
    }
}
