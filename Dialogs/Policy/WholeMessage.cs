using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// A message matched as a whole against phrases, whatever colours it: "wat zijn eigenlijk de regels?" is "wat zijn de
/// regels", "topics please" is "topics". Both the phrases and the message are keyed without these words.
/// </summary>
internal static class WholeMessage
{
    private static readonly HashSet<string> Fillers = new(
        ["eigenlijk", "nou", "dan", "even", "toch", "precies", "nu", "hoi", "hallo", "graag", "aub", "alsjeblieft",
         "actually", "exactly", "again", "please", "pls", "hi", "hey", "hello", "so", "ok", "oke"],
        StringComparer.Ordinal);

    /// <summary>The words, normalized already, without the fillers, joined by single spaces.</summary>
    public static string Key(IEnumerable<string> words) => string.Join(' ', words.Where(w => !Fillers.Contains(w)));

    /// <summary>A phrase's key, as <see cref="Key"/> makes it from a message.</summary>
    public static string KeyOf(string phrase) => Key(TextNormalizer.Tokens(phrase));
}
