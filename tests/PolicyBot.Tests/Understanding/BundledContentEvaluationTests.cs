using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public class BundledContentEvaluationTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() =>
        RecognizerEvaluation.Run(new TopicRecognizer(BundledContent.Load()), EvaluationSet.Load(BundledContent.EvaluationSetPath)));

    [Fact]
    public void BundledContentStaysAboveTheMeasuredFloor()
    {
        var report = Report.Value;

        // The measured level at the time of writing; raise it as the recognizer or the triggers improve.
        Assert.True(report.InScope.Rate >= 0.55, report.ToString());
        Assert.True(report.OutOfScope.Rate <= 0.03, report.ToString());
        Assert.True(report.LanguageDetection.Rate >= 0.95, report.ToString());
    }

    [Fact(Skip = "Target not reached yet: 59% top-1 at 2.2% out-of-scope answered (see the recognizer report); remove Skip when it is.")]
    public void BundledContentMeetsTheTargets()
    {
        var report = Report.Value;

        Assert.True(report.InScope.Rate >= 0.90, report.ToString());
        Assert.True(report.OutOfScope.Rate <= 0.02, report.ToString());
    }
}
