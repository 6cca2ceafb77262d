using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

/// <summary>The pieces of the score, each isolated by switching the others off.</summary>
public class ScoringTests
{
    [Fact]
    public void NeighbouringWordsMatchBetterThanTheSameWordsApart()
    {
        var content = Content(("apart", ["klant blij foto"]), ("together", ["foto klant blij"]));
        var phrasesOnly = TopicRecognizerOptions.Default with { CoverageShare = 0, SecondPhraseShare = 0 };

        var scores = Scores(new TopicRecognizer(content, phrasesOnly), "foto van de klant");

        Assert.True(scores["together"] > scores["apart"], $"{scores["together"]} should beat {scores["apart"]}");
    }

    [Fact]
    public void AWordInMostOfATopicsPhrasesCountsMoreThanAWordInOne()
    {
        var content = Content(("central", ["banner rood", "banner blauw", "banner geel"]), ("peripheral", ["banner paars", "kop groen", "kop wit"]));
        var coverageOnly = TopicRecognizerOptions.Default with { CoverageShare = 1 };

        var scores = Scores(new TopicRecognizer(content, coverageOnly), "banner");

        Assert.True(scores["central"] > scores["peripheral"], $"{scores["central"]} should beat {scores["peripheral"]}");
    }

    [Fact]
    public void ATieBetweenTopicsIsNoAnswer()
    {
        var content = TestContent.Create();
        const string question = "mag ik een foto van een klant met ons logo op linkedin delen";

        var lenient = new TopicRecognizer(content).Recognize(question);
        var strict = new TopicRecognizer(content, TopicRecognizerOptions.Default with { Margin = 1 }).Recognize(question);

        Assert.NotNull(lenient.Topic);
        Assert.Null(strict.Topic);
        Assert.Equal(lenient.Candidates, strict.Candidates);
    }

    private static Dictionary<string, double> Scores(TopicRecognizer recognizer, string question) =>
        recognizer.Recognize(question).Candidates.ToDictionary(c => c.Topic, c => c.Score);

    private static PolicyContent Content(params (string Id, string[] Triggers)[] topics) => new()
    {
        Topics = topics.Select((t, i) => new Topic
        {
            Id = t.Id,
            Title = new LocalizedText($"titel{i}", $"title{i}"),
            Answer = new LocalizedText("", ""),
            Triggers = new LocalizedList(t.Triggers, t.Triggers),
        }).ToList(),
        Owners = [],
        Checks = [],
        Messages = new Dictionary<string, LocalizedText>(),
        Synonyms = new LocalizedSynonyms([], []),
    };
}
