using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Dialogs;

namespace PolicyBot.Tests.Understanding;

/// <summary>The language of a question with the bundled content's vocabulary, where a split of a run-together word can mislead.</summary>
public class BundledLanguageTests
{
    private static readonly Lazy<TopicRecognizer> Recognizer = new(() => RecognizerCache.For(BundledContentProvider.Bundled));

    [Theory]
    [InlineData("grap over een nationaliteit", Language.Nl)] // "nationaliteit" splits into English-looking pieces
    [InlineData("een nationaliteit", Language.Nl)]
    [InlineData("magikditposten", Language.Nl)] // only the split says anything
    [InlineData("canipostthis", Language.En)]
    [InlineData("a joke about a nationality", Language.En)]
    public void TheWordsAsTypedDecideTheLanguageBeforeASplitDoes(string question, Language language) =>
        Assert.Equal(language, Recognizer.Value.Recognize(question).DetectedLanguage);

    /// <summary>
    /// Third user test of the eleventh session: "foto of video" typed in a Dutch check answered in English ("of" is a
    /// Dutch word too). A choice's label typed as the answer never reads as the other language.
    /// </summary>
    [Fact]
    public void NoChoiceLabelReadsAsTheOtherLanguage()
    {
        var wrong = BundledContentProvider.Bundled.Checks
            .SelectMany(check => check.Steps)
            .SelectMany(step => step.Choices)
            .SelectMany(choice => new[] { (Text: choice.Label.Nl, Language: Language.Nl), (Text: choice.Label.En, Language: Language.En) })
            .Where(label => Recognizer.Value.Recognize(label.Text).DetectedLanguage is { } detected && detected != label.Language)
            .Select(label => label.Text)
            .Distinct()
            .ToList();
        Assert.Empty(wrong);
    }
}
