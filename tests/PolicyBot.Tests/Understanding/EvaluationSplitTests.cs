using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public class EvaluationSplitTests
{
    [Fact]
    public void QuestionsAlternateBetweenHalvesWithinEachTopicAndLanguage()
    {
        var questions = new[]
        {
            new LabelledQuestion(Language.Nl, "a", "nl a 1"),
            new LabelledQuestion(Language.En, "a", "en a 1"),
            new LabelledQuestion(Language.Nl, "a", "nl a 2"),
            new LabelledQuestion(Language.Nl, null, "nl none 1"),
            new LabelledQuestion(Language.En, "a", "en a 2"),
            new LabelledQuestion(Language.Nl, null, "nl none 2"),
            new LabelledQuestion(Language.Nl, "a", "nl a 3"),
        };

        var (dev, heldOut) = EvaluationSplit.Split(questions);

        Assert.Equal(["nl a 1", "en a 1", "nl none 1", "nl a 3"], dev.Select(q => q.Text));
        Assert.Equal(["nl a 2", "en a 2", "nl none 2"], heldOut.Select(q => q.Text));
    }
}
