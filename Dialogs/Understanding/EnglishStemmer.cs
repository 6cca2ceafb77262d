namespace PolicyBot.Dialogs.Understanding;

/// <summary>The Porter stemmer (1980) for lower-case English words: "sharing", "shared", "shares" → "share".</summary>
public static class EnglishStemmer
{
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2) return word;
        var w = new Porter(word);
        w.Step1a();
        w.Step1b();
        w.Step1c();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }

    private sealed class Porter(string text)
    {
        private string _s = text;

        public override string ToString() => _s;

        private bool IsConsonant(int i) => _s[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // m(): the number of vowel-consonant sequences in the first `length` letters.
        private int Measure(int length)
        {
            var n = 0;
            var i = 0;
            while (i < length && IsConsonant(i)) i++;
            while (i < length)
            {
                while (i < length && !IsConsonant(i)) i++;
                if (i >= length) break;
                n++;
                while (i < length && IsConsonant(i)) i++;
            }
            return n;
        }

        private bool HasVowel(int length)
        {
            for (var i = 0; i < length; i++) if (!IsConsonant(i)) return true;
            return false;
        }

        private bool DoubleConsonant(int end) => end >= 1 && _s[end] == _s[end - 1] && IsConsonant(end);

        // cvc: consonant-vowel-consonant ending at `end`, the last not w, x or y.
        private bool Cvc(int end) =>
            end >= 2 && IsConsonant(end) && !IsConsonant(end - 1) && IsConsonant(end - 2) && _s[end] is not ('w' or 'x' or 'y');

        private bool Ends(string suffix) => _s.EndsWith(suffix, StringComparison.Ordinal);

        private int StemLength(string suffix) => _s.Length - suffix.Length;

        private void Replace(string suffix, string replacement) => _s = _s[..StemLength(suffix)] + replacement;

        private bool ReplaceIfMeasure(string suffix, string replacement, int minMeasure)
        {
            if (!Ends(suffix)) return false;
            if (Measure(StemLength(suffix)) > minMeasure - 1) Replace(suffix, replacement);
            return true;
        }

        public void Step1a()
        {
            if (Ends("sses")) Replace("sses", "ss");
            else if (Ends("ies")) Replace("ies", "i");
            else if (Ends("ss")) { }
            else if (Ends("s")) Replace("s", "");
        }

        public void Step1b()
        {
            if (Ends("eed"))
            {
                if (Measure(StemLength("eed")) > 0) Replace("eed", "ee");
                return;
            }
            string? suffix = Ends("ed") ? "ed" : Ends("ing") ? "ing" : null;
            if (suffix is null || !HasVowel(StemLength(suffix))) return;
            Replace(suffix, "");
            if (Ends("at") || Ends("bl") || Ends("iz")) _s += "e";
            else if (DoubleConsonant(_s.Length - 1) && _s[^1] is not ('l' or 's' or 'z')) _s = _s[..^1];
            else if (Measure(_s.Length) == 1 && Cvc(_s.Length - 1)) _s += "e";
        }

        public void Step1c()
        {
            if (Ends("y") && HasVowel(_s.Length - 1)) _s = _s[..^1] + "i";
        }

        private static readonly (string, string)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
            ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
            ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
            ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string, string)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize",
        ];

        public void Step2() => ApplyLongest(Step2Rules, 1);

        public void Step3() => ApplyLongest(Step3Rules, 1);

        private void ApplyLongest((string Suffix, string Replacement)[] rules, int minMeasure)
        {
            (string Suffix, string Replacement)? best = null;
            foreach (var rule in rules)
                if (Ends(rule.Suffix) && (best is null || rule.Suffix.Length > best.Value.Suffix.Length)) best = rule;
            if (best is { } r) ReplaceIfMeasure(r.Suffix, r.Replacement, minMeasure);
        }

        public void Step4()
        {
            string? best = null;
            foreach (var suffix in Step4Suffixes)
                if (Ends(suffix) && (best is null || suffix.Length > best.Length)) best = suffix;
            if (best is null) return;
            var stem = StemLength(best);
            if (best == "ion" && (stem == 0 || _s[stem - 1] is not ('s' or 't'))) return;
            if (Measure(stem) > 1) _s = _s[..stem];
        }

        public void Step5()
        {
            if (Ends("e"))
            {
                var m = Measure(_s.Length - 1);
                if (m > 1 || (m == 1 && !Cvc(_s.Length - 2))) _s = _s[..^1];
            }
            if (Ends("ll") && Measure(_s.Length) > 1) _s = _s[..^1];
        }
    }
}
