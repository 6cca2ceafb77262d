namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Bounds on the recognizer's work per message and per word, so a pasted blob costs as little as a question: splitting
/// compounds and correcting typos grow with a word's length, and everything grows with the text's.
/// </summary>
public static class RecognizerLimits
{
    /// <summary>
    /// Longer words are looked up as they are, never split or corrected. The longest Dutch words people write
    /// ("arbeidsongeschiktheidsverzekering", 33 letters) stay below it; a SAS token or base64 blob does not.
    /// </summary>
    public const int MaxWordLength = 40;

    /// <summary>
    /// Of a longer text the recognizer reads the first and the last half of this many characters: a question comes
    /// first, or last after a story.
    /// </summary>
    public const int MaxTextLength = 2_000;

    /// <summary><paramref name="text"/> itself, or its beginning and end when it is longer than <see cref="MaxTextLength"/>.</summary>
    public static string Bound(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxTextLength) return text;
        const int half = MaxTextLength / 2;
        return string.Concat(text.AsSpan(0, half), " ", text.AsSpan(text.Length - half));
    }
}
