namespace PolicyBot.Dialogs.Text;

/// <summary>
/// Takes the accents off the precomposed Latin letters Dutch and English text meets (Latin-1 Supplement and Latin
/// Extended-A, U+00C0–U+017F): "É" → "E", "ĳ" stays "ĳ". The same letters Unicode's canonical decomposition (FormD)
/// gives once its combining marks are dropped, without needing ICU, so the bot runs in globalization-invariant mode.
/// Letters without a canonical decomposition (æ, ß, ø, œ, ĳ, ł, þ …) stay as they are, as they did under FormD.
/// </summary>
public static class AccentFolding
{
    private const char First = '\u00C0';

    // One base letter per code point from U+00C0 to U+017F, sixteen a line (checked against ICU's FormD in the tests).
    private const string Bases =
        "AAAAAAÆCEEEEIIII" + "ÐNOOOOO×ØUUUUYÞß" + "aaaaaaæceeeeiiii" + "ðnooooo÷øuuuuyþy" +
        "AaAaAaCcCcCcCcDd" + "ĐđEeEeEeEeEeGgGg" + "GgGgHhĦħIiIiIiIi" + "IıĲĳJjKkĸLlLlLlĿ" +
        "ŀŁłNnNnNnŉŊŋOoOo" + "OoŒœRrRrRrSsSsSs" + "SsTtTtŦŧUuUuUuUu" + "UuUuWwYyYZzZzZzſ";

    public static char Fold(char c) =>
        c >= First && c - First < Bases.Length ? Bases[c - First] : c;
}
