using PolicyBot.Dialogs.Text;

namespace PolicyBot.Tests.Dialogs;

/// <summary>Whether the words around an answer's words negate them (<see cref="Negation"/>).</summary>
public sealed class NegationTests
{
    [Theory]
    [InlineData("ze is niet akkoord", "akkoord", true)]
    [InlineData("ze weten het niet", "weten het", true)]
    [InlineData("she is not ok with it", "ok", true)]
    // Review of the twelfth session: a "niet" right after an answer's word negates it whatever follows (an exemption
    // for "grappig, niet gemeen" read "nee, niet iedereen weet het al" as "no, all public").
    [InlineData("nee niet iedereen weet het al", "nee", true)]
    [InlineData("het is gewoon niet aardig over mijn baas", "gewoon", true)]
    [InlineData("klopt niet want alles staat al op de site", "klopt", true)]
    [InlineData("nee het staat al online", "nee", false)]
    public void TheWordsAroundAMatchNegateIt(string text, string match, bool negated)
    {
        var words = text.Split(' ');
        var matched = match.Split(' ');
        var at = Array.IndexOf(words, matched[0]);

        Assert.Equal(negated, Negation.Negates(words, at, at + matched.Length));
        var padded = " " + text + " ";
        Assert.Equal(negated, Negation.NegatesAt(padded, padded.IndexOf(" " + match + " ", StringComparison.Ordinal) + 1, match.Length));
    }
}
