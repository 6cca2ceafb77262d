using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

/// <summary>One letter wrong, missing, extra or swapped (two from eight letters) still finds the word meant.</summary>
public class TypoIndexTests
{
    private static readonly TypoIndex Index = new(["posten", "klant", "vertrouwelijk", "concurrent", "screenshot", "foto"]);

    [Theory]
    [InlineData("postn", "posten")]          // a letter missing
    [InlineData("postten", "posten")]        // a letter extra
    [InlineData("klnat", "klant")]           // two letters swapped
    [InlineData("klont", "klant")]           // a letter wrong
    [InlineData("vertrouwelik", "vertrouwelijk")]
    [InlineData("vertrouwwelijkk", "vertrouwelijk")] // two extra from eight letters
    [InlineData("concurent", "concurrent")]
    [InlineData("screenshott", "screenshot")]
    public void FindsTheWordMeant(string typed, string meant) => Assert.Equal(meant, Index.Correct(typed));

    [Theory]
    [InlineData("fot")]        // three letters: too short to correct
    [InlineData("pastaaa")]    // two edits from a six-letter word
    [InlineData("klanten")]    // two extra letters on a five-letter word
    public void LeavesFarOrShortWordsAlone(string typed) => Assert.Null(Index.Correct(typed));
}
