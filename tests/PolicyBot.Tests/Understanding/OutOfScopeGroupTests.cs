using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public class OutOfScopeGroupTests
{
    private static readonly LocalizedList ItHowTo = new(
        ["hoe deel ik een bestand in onedrive", "hoe deel ik mijn scherm in een vergadering", "hoe zet ik een foto in mijn teams profiel"],
        ["how do I share a file in onedrive", "how do I share my screen in a meeting", "how do I put a photo in my teams profile"]);

    [Theory]
    [InlineData("hoe deel ik een foto in onedrive")]
    [InlineData("how do I share a picture in my teams profile")]
    public void QuestionLikeAnOutOfScopeGroupGetsNoTopic(string question)
    {
        var content = TestContent.Create() with { OutOfScope = [ItHowTo] };

        var result = new TopicRecognizer(content).Recognize(question);

        Assert.Null(result.Topic);
        Assert.DoesNotContain(result.Candidates, c => c.Topic.Contains("out-of-scope"));
    }

    [Fact]
    public void WithoutTheGroupTheSameQuestionLooksLikeAPolicyTopic()
    {
        var result = new TopicRecognizer(TestContent.Create()).Recognize("how do I share a picture in my teams profile");

        Assert.NotEmpty(result.Candidates);
    }

    [Fact]
    public void PolicyQuestionsStillFindTheirTopicNextToOutOfScopeGroups()
    {
        var content = TestContent.Create() with { OutOfScope = [ItHowTo] };

        Assert.Equal("customer-photos", new TopicRecognizer(content).Recognize("mag ik een foto van een klant op linkedin delen").Topic);
    }

    // Leans on the meeting how-to group as well as on the customer-photo topic: the group scores between half and seven
    // tenths of the topic (the bundled content's ratio, 0.7, was chosen on the development sets).
    private const string MeetingPhotoQuestion = "mag ik een klantfoto delen in een vergadering";

    // No answer counts as weak here, so only OutOfScopeRatio decides.
    private static readonly TopicRecognizerOptions StrongAnswers = TopicRecognizerOptions.Default with { WeakScore = 0 };

    [Fact]
    public void AnOutOfScopeGroupCloseBehindTheBestTopicMakesItASuggestionInsteadOfAnAnswer()
    {
        var content = TestContent.Create() with { OutOfScope = [ItHowTo] };

        var answered = new TopicRecognizer(content, StrongAnswers with { OutOfScopeRatio = 0.7 }).Recognize(MeetingPhotoQuestion);
        var unsure = new TopicRecognizer(content, StrongAnswers with { OutOfScopeRatio = 0.5 }).Recognize(MeetingPhotoQuestion);
        var plain = new TopicRecognizer(content, StrongAnswers with { OutOfScopeRatio = 0.5 }).Recognize("mag ik een foto van een klant op linkedin delen");

        Assert.Equal("customer-photos", answered.Topic);
        Assert.Null(unsure.Topic);
        Assert.Equal("customer-photos", Assert.Single(unsure.Suggestions).Topic);
        Assert.Equal("customer-photos", plain.Topic);
    }

    [Fact]
    public void AWeakAnswerIsUnsureWithTheGroupNearerBehindIt()
    {
        // Whether the answer counts as weak (its score below WeakScore) decides which ratio applies.
        var content = TestContent.Create() with { OutOfScope = [ItHowTo] };
        var options = TopicRecognizerOptions.Default with { OutOfScopeRatio = 0.7, WeakOutOfScopeRatio = 0.5 };

        var strong = new TopicRecognizer(content, options with { WeakScore = 0 }).Recognize(MeetingPhotoQuestion);
        var weak = new TopicRecognizer(content, options with { WeakScore = 1 }).Recognize(MeetingPhotoQuestion);
        // An answer scoring exactly WeakScore is not weak.
        var atTheBound = new TopicRecognizer(content, options with { WeakScore = strong.Score }).Recognize(MeetingPhotoQuestion);

        Assert.Equal("customer-photos", strong.Topic);
        Assert.Null(weak.Topic);
        Assert.Equal("customer-photos", Assert.Single(weak.Suggestions).Topic);
        Assert.Equal("customer-photos", atTheBound.Topic);
    }
}
