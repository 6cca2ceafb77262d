using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

/// <summary>A question put as one, in Dutch or English, against answers to a check's question that open with a verb.</summary>
public class QuestionFormTests
{
    [Theory]
    [InlineData("wie regelt persvragen")]
    [InlineData("mag ik een foto van mijn team delen")]
    [InlineData("kun je me helpen met een post")]
    [InlineData("tiktok dansjes in werkkleding, mag dat")]
    [InlineData("collega's mopperen in een fb groep over de cao, mag ik meedoen")]
    [InlineData("zojuist iets gedeeld en nu twijfel ik. help")]
    [InlineData("can I post this on linkedin")]
    [InlineData("im unhappy with my salary, can i post about it")]
    [InlineData("repeat offender, what happens then")]
    [InlineData("is it ok to tag a customer")]
    [InlineData("a journalist called me?")]
    public void AQuestionAsks(string text) => Assert.True(QuestionForm.Asks(text));

    [Theory]
    [InlineData("heb ik nog niet gecheckt")]
    [InlineData("is allemaal al bekend")]
    [InlineData("nee, alleen intern")]
    [InlineData("ja, staat al op de site")]
    [InlineData("have not checked that yet")]
    [InlineData("a photo of a customer at our event")]
    [InlineData("huh?")]
    [InlineData("")]
    [InlineData(null)]
    public void AnAnswerDoesNot(string? text) => Assert.False(QuestionForm.Asks(text));
}
