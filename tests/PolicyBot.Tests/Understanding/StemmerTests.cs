using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public class StemmerTests
{
    [Theory]
    [InlineData("delen", "deel")]
    [InlineData("foto", "fotos")]
    [InlineData("plaatje", "plaat")]
    [InlineData("plaatjes", "plaat")]
    [InlineData("klanten", "klant")]
    [InlineData("vertrouwelijke", "vertrouwelijk")]
    [InlineData("bedrijven", "bedrijf")]
    public void DutchInflectionsShareAStem(string word, string other) =>
        Assert.Equal(DutchStemmer.Stem(other), DutchStemmer.Stem(word));

    [Theory]
    [InlineData("sharing", "shared")]
    [InlineData("shares", "share")]
    [InlineData("pictures", "picture")]
    [InlineData("posting", "posts")]
    [InlineData("companies", "company")]
    public void EnglishInflectionsShareAStem(string word, string other) =>
        Assert.Equal(EnglishStemmer.Stem(other), EnglishStemmer.Stem(word));

    [Fact]
    public void DifferentWordsKeepDifferentStems()
    {
        Assert.NotEqual(DutchStemmer.Stem("klant"), DutchStemmer.Stem("klacht"));
        Assert.NotEqual(EnglishStemmer.Stem("post"), EnglishStemmer.Stem("photo"));
    }

    [Fact]
    public void ShortWordsStayAsTheyAre()
    {
        Assert.Equal("op", DutchStemmer.Stem("op"));
        Assert.Equal("is", EnglishStemmer.Stem("is"));
    }
}
