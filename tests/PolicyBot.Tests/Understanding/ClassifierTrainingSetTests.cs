using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public class ClassifierTrainingSetTests
{
    private static IEnumerable<string> Terms(string word) => [word];

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 3, 1, 3, 0, 2, 1, 3 })]
    [InlineData(new[] { 5, 5, 5, 5 })]
    public void RowsAreNumberedMostUsedFirstWithTiesInFeatureOrderAsAStableSortWould(int[] occurrences)
    {
        // The counting sort replaced OrderByDescending: the rows' numbering, and so the model's layout, must not move.
        var expected = Enumerable.Range(0, occurrences.Length).OrderByDescending(id => occurrences[id]).ToArray();

        Assert.Equal(expected, ClassifierTrainingSet.ByOccurrencesDescending(occurrences));
    }

    [Fact]
    public void RowsAreNumberedAsAStableSortWouldOnManyFeatures()
    {
        var random = new Random(14);
        var occurrences = Enumerable.Range(0, 5_000).Select(_ => random.Next(0, 40)).ToArray();
        var expected = Enumerable.Range(0, occurrences.Length).OrderByDescending(id => occurrences[id]).ToArray();

        Assert.Equal(expected, ClassifierTrainingSet.ByOccurrencesDescending(occurrences));
    }

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
