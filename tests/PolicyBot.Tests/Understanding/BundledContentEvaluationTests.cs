using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Understanding;

/// <summary>The recognizer on the bundled content and the labelled questions in tests/PolicyBot.Tests/Evaluation.</summary>
public class BundledContentEvaluationTests
{
    private static readonly Lazy<(EvaluationReport Dev, EvaluationReport HeldOut, EvaluationReport Total)> Reports = new(() =>
    {
        var folder = BundledContentTests.BundledContentFolder();
        var content = ContentLoader.Load(folder).Content ?? throw new InvalidOperationException("The bundled content does not load.");
        var questions = EvaluationSet.Load(Path.Combine(folder, "..", "..", "tests", "PolicyBot.Tests", "Evaluation", "questions.yaml"));
        var recognizer = new TopicRecognizer(content);
        var (dev, heldOut) = EvaluationSplit.Split(questions);
        return (RecognizerEvaluation.Run(recognizer, dev), RecognizerEvaluation.Run(recognizer, heldOut), RecognizerEvaluation.Run(recognizer, questions));
    });

    [Fact]
    public void BundledContentMeetsTheInScopeTarget()
    {
        var (dev, heldOut, total) = Reports.Value;

        Assert.True(total.InScope.Rate >= 0.90, Summary(dev, heldOut, total));
        Assert.True(heldOut.InScope.Rate >= 0.88, Summary(dev, heldOut, total));
        Assert.True(total.LanguageDetection.Rate >= 0.99, Summary(dev, heldOut, total));
    }

    [Fact]
    public void BundledContentAnswersFewOutOfScopeQuestions()
    {
        var (dev, heldOut, total) = Reports.Value;

        // Target: at most 2% of out-of-scope questions answered with a policy topic.
        Assert.True(total.OutOfScope.Rate <= 0.02, Summary(dev, heldOut, total));
    }

    private static string Summary(EvaluationReport dev, EvaluationReport heldOut, EvaluationReport total) =>
        $"dev {dev.InScope}, held out {heldOut.InScope}, out of scope answered {total.OutOfScope}\n{total}";
}
