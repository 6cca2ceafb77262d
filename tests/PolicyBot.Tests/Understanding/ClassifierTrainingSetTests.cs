using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public class ClassifierTrainingSetTests
{
    private static IEnumerable<string> Terms(string word) => [word];

    [Fact]
    public void FeaturesThatAlwaysOccurTogetherShareOneRow()
    {
        // "bedrijfslogo" occurs twice and its n-grams nowhere else: all its features occur in the same two examples.
        (string, int, double)[] examples = [("bedrijfslogo gebruiken", 0, 1), ("bedrijfslogo tonen", 0, 1), ("foto tonen", 1, 1)];

        var (rows, rowCount, encoded) = ClassifierTrainingSet.Encode(examples, Terms, termRepeat: 1);

        Assert.True(rowCount < rows.Count / 3, $"{rowCount} rows for {rows.Count} features");
        var first = encoded[0];
        var shared = Enumerable.Range(0, first.Rows.Length).MaxBy(f => first.Forward[f] / first.Backward[f]);
        // The shared row counts once per member going forward and moves like one member when updated.
        Assert.True(first.Forward[shared] / first.Backward[shared] >= 10);
        Assert.Contains(first.Rows[shared], encoded[1].Rows);
        Assert.DoesNotContain(first.Rows[shared], encoded[2].Rows);
    }

    [Fact]
    public void FeaturesInDifferentExamplesKeepTheirOwnRows()
    {
        (string, int, double)[] examples = [("logo", 0, 1), ("foto", 1, 1)];

        var (rows, rowCount, encoded) = ClassifierTrainingSet.Encode(examples, Terms, termRepeat: 1);

        Assert.Equal(2, rowCount);
        var members = encoded.SelectMany(e => e.Forward.Zip(e.Backward, (f, b) => (int)Math.Round(f / b))).Sum();
        Assert.Equal(rows.Count, members);
    }
}
