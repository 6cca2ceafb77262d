namespace PolicyBot.Dialogs;

/// <summary>The languages PolicyBot speaks. Every user-facing text exists in both.</summary>
public enum Language
{
    Nl,
    En,
}

public static class LanguageExtensions
{
    /// <summary>Maps a BCP-47 locale (<c>nl-NL</c>, <c>en-US</c>, <c>nl</c>) to a language; null when it is neither.</summary>
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return null;
        var primary = locale.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary switch
        {
            "nl" => Language.Nl,
            "en" => Language.En,
            _ => null,
        };
    }

    public static string Code(this Language language) => language == Language.Nl ? "nl" : "en";

    public static string Locale(this Language language) => language == Language.Nl ? "nl-NL" : "en-US";
}
