using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Understanding;

/// <summary>Topics offered beside an answer ("not quite what you meant?"): only close ones, only beside an answer.</summary>
public class AlternativesTests
{
    private static readonly Lazy<(TopicRecognizer Recognizer, List<LabelledQuestion> Questions)> Setup = new(() =>
    {
        var folder = BundledContentTests.BundledContentFolder();
        var content = ContentLoader.Load(folder).Content ?? throw new InvalidOperationException("The bundled content does not load.");
        var set = Path.Combine(folder, "..", "..", "tests", "PolicyBot.Tests", "Evaluation", "development-3.yaml");
        return (new TopicRecognizer(content), EvaluationSet.Load(set).ToList());
    });

    [Fact]
    public void AlternativesComeOnlyBesideAnAnswerAndOnlyWhenClose()
    {
        var (recognizer, questions) = Setup.Value;
        var options = TopicRecognizerOptions.Default;
        var withAlternatives = 0;
        foreach (var question in questions)
        {
            var result = recognizer.Recognize(question.Text);
            if (result.Alternatives.Count == 0) continue;
            withAlternatives++;
            Assert.NotNull(result.Topic);
            Assert.True(result.Alternatives.Count <= options.MaxAlternatives, question.Text);
            Assert.DoesNotContain(result.Alternatives, a => a.Topic == result.Topic);
            Assert.All(result.Alternatives, a => Assert.True(a.Score >= result.Score * options.AlternativeRatio - 1e-4, question.Text));
        }
        Assert.InRange(withAlternatives, 1, questions.Count / 2);
    }

    [Fact]
    public void NoAlternativesWhenTheyAreTurnedOff()
    {
        var folder = BundledContentTests.BundledContentFolder();
        var content = ContentLoader.Load(folder).Content!;
        var recognizer = new TopicRecognizer(content, TopicRecognizerOptions.Default with { MaxAlternatives = 0 });
        Assert.All(Setup.Value.Questions, q => Assert.Empty(recognizer.Recognize(q.Text).Alternatives));
    }
}
