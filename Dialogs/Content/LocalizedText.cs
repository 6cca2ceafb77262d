namespace PolicyBot.Dialogs.Content;

/// <summary>A text in both languages. Content validation guarantees neither is empty.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    public string this[Language language] => language == Language.Nl ? Nl : En;

    public string Format(Language language, params (string Name, string Value)[] values)
    {
        var text = this[language];
        foreach (var (name, value) in values)
        {
            var placeholder = "{" + name + "}";
            // A value that ends a sentence itself ("Wat gebeurt er met mij?") takes the place of the text's full stop.
            if (value.Length > 0 && value[^1] is '?' or '!' or '.' or '…')
            {
                text = text.Replace(placeholder + ".", value, StringComparison.Ordinal)
                    .Replace(placeholder + "**.", value + "**", StringComparison.Ordinal)
                    .Replace(placeholder + "*.", value + "*", StringComparison.Ordinal);
            }
            text = text.Replace(placeholder, value, StringComparison.Ordinal);
        }
        return text;
    }
}

/// <summary>A list of phrases per language (trigger phrases, synonyms). Either list may be empty.</summary>
public sealed record LocalizedList(IReadOnlyList<string> Nl, IReadOnlyList<string> En)
{
    public static readonly LocalizedList Empty = new([], []);

    public IReadOnlyList<string> this[Language language] => language == Language.Nl ? Nl : En;

    public IEnumerable<string> All => Nl.Concat(En);
}
