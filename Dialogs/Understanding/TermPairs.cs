namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Neighbouring content words as one extra term, in either order: "klant foto" and "foto van een klant" both give
/// "foto klant". Pairs tell topics apart that share their single words.
/// </summary>
internal static class TermPairs
{
    public static string Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? a + " " + b : b + " " + a;

    /// <summary>The pairs of each word's terms with the next word's terms.</summary>
    public static IEnumerable<string> Of(IReadOnlyList<string[]> words)
    {
        for (var i = 1; i < words.Count; i++)
            foreach (var a in words[i - 1])
                foreach (var b in words[i])
                    if (a != b) yield return Key(a, b);
    }
}
