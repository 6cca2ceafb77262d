using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public class TopicRecognizerTests
{
    private static readonly TopicRecognizer Recognizer = new(TestContent.Create());

    [Theory]
    [InlineData("mag ik een foto van een klant op linkedin delen", "customer-photos")]
    [InlineData("can I share our revenue figures on linkedin", "confidential-information")]
    [InlineData("mag ik dit delen", "may-i-share")]
    public void TriggerWordingFindsItsTopic(string question, string topic) =>
        Assert.Equal(topic, Recognizer.Recognize(question).Topic);

    [Theory]
    [InlineData("Mag ik FOTO'S van klanten op LinkedIn posten?", "customer-photos")]
    [InlineData("is sharing pictures of customers on linkedin fine", "customer-photos")]
    [InlineData("gedeelde omzetcijfers op linkedin", "confidential-information")]
    public void CaseAccentsAndInflectionsDoNotMatter(string question, string topic) =>
        Assert.Equal(topic, Recognizer.Recognize(question).Topic);

    [Theory]
    [InlineData("een kiekje van een opdrachtgever op facebook", "customer-photos")]
    [InlineData("can I publish a pic of a client on instagram", "customer-photos")]
    public void SynonymsMeanTheSameWord(string question, string topic) =>
        Assert.Equal(topic, Recognizer.Recognize(question).Topic);

    [Fact]
    public void DutchCompoundsSplitIntoKnownWords()
    {
        var result = Recognizer.Recognize("klantfotos posten op instagram");

        Assert.Equal("customer-photos", result.Topic);
    }

    [Theory]
    [InlineData("magikeenfotovaneenklantoplinkedindelen", "customer-photos")]
    [InlineData("canisharerevenuefiguresonlinkedin", "confidential-information")]
    public void WordsTypedWithoutSpacesAreSplitIntoTheWordsTheyAreMadeOf(string question, string topic)
    {
        var result = Recognizer.Recognize(question);

        Assert.Equal(topic, result.Topic);
    }

    [Theory]
    [InlineData("mag ik een fotto van een klnat op linkedin delen", "customer-photos")]
    [InlineData("posting confidnetial informaton online", "confidential-information")]
    public void MisspeltWordsStillMatch(string question, string topic) =>
        Assert.Equal(topic, Recognizer.Recognize(question).Topic);

    [Fact]
    public void TyposCountLessThanExactWords()
    {
        var exact = Recognizer.Recognize("mag ik een foto van een klant op linkedin delen");
        var typo = Recognizer.Recognize("mag ik een fotto van een klnat op linkedin delen");

        Assert.True(typo.Score < exact.Score, $"{typo.Score} should be below {exact.Score}");
    }

    [Theory]
    [InlineData("mag ik dat eigenlijk wel")]
    [InlineData("can I")]
    [InlineData("")]
    [InlineData("   ")]
    public void StopWordsAloneMatchNothing(string question) =>
        Assert.Null(Recognizer.Recognize(question).Topic);

    [Theory]
    [InlineData("how do I share a file in OneDrive")]
    [InlineData("reset my password")]
    [InlineData("holiday request")]
    [InlineData("share my screen in Teams")]
    [InlineData("hoe deel ik een bestand in OneDrive")]
    [InlineData("wachtwoord vergeten")]
    [InlineData("vakantie aanvragen")]
    public void OutOfScopeQuestionsGetNoTopic(string question) =>
        Assert.Null(Recognizer.Recognize(question).Topic);

    [Fact]
    public void CandidatesAreAtMostThreeBestFirst()
    {
        var result = Recognizer.Recognize("mag ik een foto van een klant met ons logo op linkedin delen");

        Assert.InRange(result.Candidates.Count, 2, 3);
        Assert.Equal(result.Candidates.OrderByDescending(c => c.Score), result.Candidates);
        Assert.Equal(result.Topic, result.Candidates[0].Topic);
        Assert.All(result.Candidates, c => Assert.InRange(c.Score, 0, 1));
    }

    [Theory]
    [InlineData("mag ik een foto van een klant delen", Language.Nl)]
    [InlineData("wat is het beleid voor mijn profiel", Language.Nl)]
    [InlineData("can I share a photo of a customer", Language.En)]
    [InlineData("what is the policy for my profile", Language.En)]
    public void DetectsTheLanguageOfTheQuestion(string question, Language language) =>
        Assert.Equal(language, Recognizer.Recognize(question).DetectedLanguage);

    [Theory]
    [InlineData("LinkedIn")]
    [InlineData("logo")]
    [InlineData("ok")]
    public void OneWordLeavesTheLanguageOpen(string question) =>
        Assert.Null(Recognizer.Recognize(question).DetectedLanguage);

    [Fact]
    public void ConcurrentQuestionsGetTheSameAnswers()
    {
        var questions = new[] { "mag ik dit delen", "can I use the logo in my banner", "reset my password" };
        var expected = questions.Select(q => Recognizer.Recognize(q)).ToList();

        var results = questions.AsParallel().SelectMany(q => Enumerable.Range(0, 50).Select(_ => (q, Recognizer.Recognize(q)))).ToList();

        Assert.All(results, r => Assert.Equal(expected[Array.IndexOf(questions, r.q)].Topic, r.Item2.Topic));
    }
}
