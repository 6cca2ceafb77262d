using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public class LanguageDetectorTests
{
    // As if only the Dutch content had used the numbers (its "8.30–17.30 uur") and neither used the day names.
    private static bool DutchKnows(string word) => word is "8" or "30" or "17";

    [Fact]
    public void NumbersAreNoEvidenceOfALanguage() =>
        Assert.Null(LanguageDetector.Detect(TextNormalizer.Tokens("Mon–Fri, 8:30–17:30"), DutchKnows, _ => false));

    [Fact]
    public void WordsOnlyOneLanguageKnowsStillAre() =>
        Assert.Equal(Language.Nl, LanguageDetector.Detect(TextNormalizer.Tokens("werkdagen 8:30 kantoortijden"), w => w is "werkdagen" or "kantoortijden", _ => false));

    [Theory]
    [InlineData("who owns whatsapp", Language.En)]
    [InlineData("wie heeft whatsapp gekocht", Language.Nl)]
    public void TheQuestionWordWhoTellsTheLanguage(string question, Language language) =>
        Assert.Equal(language, LanguageDetector.Detect(TextNormalizer.Tokens(question), _ => false, _ => false));
}
