using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

/// <summary>How a question opens ("tell me", "mag ik") is a term of its own: it is what the content words leave out.</summary>
public class OpeningTermTests
{
    private static readonly PolicyContent Content = TestContent.Create() with
    {
        Topics =
        [
            .. TestContent.Create().Topics,
            new Topic
            {
                Id = "jokes",
                Title = new LocalizedText("Grappen online", "Jokes online"),
                Answer = new LocalizedText("Een grap leest online anders.", "A joke reads differently online."),
                Triggers = new LocalizedList(
                    ["mag ik een grap over een collega posten", "grappen over klanten op social media", "is een grap op linkedin ok"],
                    ["can I post a joke about a colleague", "jokes about customers on social media", "is a joke on linkedin ok"]),
            },
        ],
        OutOfScope =
        [
            .. TestContent.Create().OutOfScope,
            // Requests to the bot itself: none of them is about jokes, they only open the same way.
            new LocalizedList(
                ["vertel me iets leuks", "vertel me hoe laat het is", "vertel me het weerbericht"],
                ["tell me something funny", "tell me the time in new york", "tell me the weather forecast", "tell me a fun fact"]),
        ],
    };

    [Fact]
    public void ARequestToTheBotThatOpensLikeTheOutOfScopeExamplesGetsNoTopic()
    {
        const string question = "tell me a joke about linkedin";

        var withOpenings = new TopicRecognizer(Content).Recognize(question);
        var withoutOpenings = new TopicRecognizer(Content, TopicRecognizerOptions.Default with { OpeningTerms = false }).Recognize(question);

        Assert.Equal("jokes", withoutOpenings.Topic);
        Assert.Null(withOpenings.Topic);
    }

    [Theory]
    [InlineData("can I post a joke about my boss on linkedin")]
    [InlineData("mag ik een grap over mijn baas op linkedin posten")]
    public void APolicyQuestionAboutTheSameThingStillFindsItsTopic(string question)
    {
        Assert.Equal("jokes", new TopicRecognizer(Content).Recognize(question).Topic);
    }
}
