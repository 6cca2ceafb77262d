using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public class RecognizerEvaluationTests
{
    private sealed class FixedRecognizer(Dictionary<string, string?> answers) : ITopicRecognizer
    {
        public RecognizerResult Recognize(string text) =>
            answers[text] is { } topic ? new RecognizerResult(topic, 0.9, [new TopicScore(topic, 0.9)]) { DetectedLanguage = Language.En } : RecognizerResult.None;
    }

    private static readonly LabelledQuestion[] Questions =
    [
        new(Language.Nl, "logo", "logo vraag"),
        new(Language.Nl, "photos", "foto vraag"),
        new(Language.En, "logo", "logo question"),
        new(Language.En, null, "reset my password"),
        new(Language.En, null, "holiday request"),
    ];

    private static readonly FixedRecognizer Recognizer = new(new()
    {
        ["logo vraag"] = "logo",
        ["foto vraag"] = "logo",
        ["logo question"] = "logo",
        ["reset my password"] = "logo",
        ["holiday request"] = null,
    });

    [Fact]
    public void AccuracyCountsTopOneOnInScopeQuestions()
    {
        var report = RecognizerEvaluation.Run(Recognizer, Questions);

        Assert.Equal(new EvaluationScore(2, 3), report.InScope);
        Assert.Equal(new EvaluationScore(1, 2), report.ByLanguage[Language.Nl]);
        Assert.Equal(new EvaluationScore(1, 1), report.ByLanguage[Language.En]);
        Assert.Equal(new EvaluationScore(2, 2), report.ByTopic["logo"]);
        Assert.Equal(new EvaluationScore(0, 1), report.ByTopic["photos"]);
    }

    [Fact]
    public void OutOfScopeCountsQuestionsWronglyGivenATopic()
    {
        var report = RecognizerEvaluation.Run(Recognizer, Questions);

        Assert.Equal(new EvaluationScore(1, 2), report.OutOfScope);
        Assert.Equal(0.5, report.OutOfScope.Rate);
    }

    [Fact]
    public void LanguageMissesListQuestionsTakenForTheOtherLanguageOrForNone()
    {
        // The fixed recognizer says English whenever it answers, and nothing (no language) when it does not.
        var report = RecognizerEvaluation.Run(Recognizer, Questions);

        Assert.Equal([("logo vraag", Language.En), ("foto vraag", Language.En), ("holiday request", (Language?)null)],
            report.LanguageMisses.Select(m => (m.Question.Text, m.Detected)));
        Assert.Empty(report.FiguresOnly().LanguageMisses);
        Assert.Empty(report.FiguresOnly().Misclassified);
        Assert.Contains("nl -> en | foto vraag", report.ToString(), StringComparison.Ordinal);
        Assert.Contains("en -> ? | holiday request", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MisclassifiedListsEveryWrongAnswer()
    {
        var report = RecognizerEvaluation.Run(Recognizer, Questions);

        Assert.Equal(["foto vraag", "reset my password"], report.Misclassified.Select(m => m.Question.Text));
        Assert.Equal("logo", report.Misclassified[0].Recognized);
    }

    [Fact]
    public void ReportPrintsATableAndTheMisses()
    {
        var text = RecognizerEvaluation.Run(Recognizer, Questions).ToString();

        Assert.Contains("in scope, top-1", text);
        Assert.Contains("language nl", text);
        Assert.Contains("out of scope, given a topic", text);
        Assert.Contains("nl | photos -> logo (0.90) | foto vraag", text);
    }

    [Fact]
    public void EvaluationSetReadsLanguageTopicAndText()
    {
        var questions = EvaluationSet.Parse("""
            questions:
              - { lang: nl, topic: may-i-share, text: "mag ik dit delen" }
              - { lang: en, topic: null, text: "reset my password" }
            """);

        Assert.Equal(
            [new LabelledQuestion(Language.Nl, "may-i-share", "mag ik dit delen"), new LabelledQuestion(Language.En, null, "reset my password")],
            questions);
    }

    [Fact]
    public void EvaluationSetRejectsAnUnknownLanguage() =>
        Assert.Throws<FormatException>(() => EvaluationSet.Parse("questions:\n  - { lang: de, topic: x, text: hallo }"));
}
