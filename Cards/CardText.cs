namespace PolicyBot.Cards;

/// <summary>Shortens model text when a card would exceed <see cref="CardLimits.MaxCardBytes"/>.</summary>
internal static class CardText
{
    public const int Unlimited = int.MaxValue;

    private const string Ellipsis = "…";

    public static string Clip(string text, int maxChars)
    {
        if (text.Length <= maxChars) return text;
        var cut = Math.Max(0, maxChars - Ellipsis.Length);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
        // Prefer a word boundary when one is close, so the clipped text does not end mid-word.
        var space = text.LastIndexOf(' ', Math.Max(0, cut - 1), Math.Min(cut, 40));
        if (space > 0) cut = space;
        return text[..cut].TrimEnd() + Ellipsis;
    }
}
