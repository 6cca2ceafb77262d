using PolicyBot.Dialogs.Text;

namespace PolicyBot.Tests.Dialogs;

/// <summary>Whether the words around an answer's words negate them (<see cref="Negation"/>).</summary>
public sealed class NegationTests
{
    [Theory]
    [InlineData("ze is niet akkoord", "akkoord", true)]
    [InlineData("ze weten het niet", "weten het", true)]
    [InlineData("ze weten het niet meer", "weten het", true)]
    [InlineData("she is not ok with it", "ok", true)]
    // User test 36: "niet" before a word of its own negates that word, not the one before it.
    [InlineData("grappig niet gemeen ofzo", "grappig", false)]
    [InlineData("funny not mean", "funny", false)]
    [InlineData("gewoon positief", "positief", false)]
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
