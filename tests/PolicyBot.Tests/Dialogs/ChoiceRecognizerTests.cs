using System.Text.Json;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Engine.Prompts;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

public class ChoiceRecognizerTests
{
    private static readonly Choice[] Choices =
    [
        new("news", "Company news") { Synonyms = ["nieuws", "announcement"] },
        new("photo", "A photo or video") { Synonyms = ["foto", "picture"] },
        new("opinion", "Mijn mening") { Synonyms = ["no"] },
        new("unsure", "Not sure") { Synonyms = ["no idea"] },
    ];

    [Theory]
    [InlineData("Company news", "news")]
    [InlineData("company NEWS!", "news")]
    [InlineData("Nieuws", "news")]
    [InlineData("a photo", "photo")]
    [InlineData("it's a photo or a video", "photo")]
    [InlineData("mijn méning", "opinion")]
    [InlineData("2", "photo")]
    [InlineData("nummer 3", "opinion")]
    [InlineData("the second one", "photo")]
    [InlineData("de eerste", "news")]
    [InlineData("laatste", "unsure")]
    [InlineData("twee", "photo")]
    [InlineData("honestly no idea at all", "unsure")]
    [InlineData("no", "opinion")]
    public void RecognizesLabelSynonymPositionCaseAndAccents(string text, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, null, Choices, Language.En)?.Value);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("I have 2 questions about something else entirely")]
    [InlineData("")]
    [InlineData("7")]
    public void RejectsAnswersThatMatchNothing(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, null, Choices, Language.En));
    }

    [Fact]
    public void CardSubmitValueWinsOverText()
    {
        var value = JsonSerializer.SerializeToElement(new { choice = "opinion" });

        Assert.Equal("opinion", ChoiceRecognizer.Recognize("company news", value, Choices, Language.En)?.Value);
    }

    [Fact]
    public void SubmitOfAnUnknownValueOrWrongShapeFallsBackToText()
    {
        Assert.Null(ChoiceRecognizer.Recognize(null, JsonSerializer.SerializeToElement(new { choice = "nope" }), Choices, Language.En));
        Assert.Null(ChoiceRecognizer.Recognize(null, JsonSerializer.SerializeToElement(new { choice = 3 }), Choices, Language.En));
        Assert.Null(ChoiceRecognizer.Recognize(null, JsonSerializer.SerializeToElement(new[] { 1, 2 }), Choices, Language.En));
    }

    [Theory]
    [InlineData("No, it was already announced", true)]
    [InlineData("company news: we won an award", true)]
    [InlineData("can I say no to that?", false)]
    [InlineData("is company", false)]
    [InlineData("", false)]
    public void LeadsWithTellsAnAnswerThatExplainsItselfFromAQuestionContainingAChoice(string text, bool expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.LeadsWith(text, Choices));
    }
}
