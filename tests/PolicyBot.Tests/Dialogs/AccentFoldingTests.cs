using System.Globalization;
using System.Text;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// The bot runs without ICU (globalization-invariant mode), so <see cref="TextNormalizer"/> folds accents from its own
/// table. These tests run where ICU is loaded and compare with what the normalizer did through ICU's FormD.
/// </summary>
public class AccentFoldingTests
{
    [Fact]
    public void EveryCharacterUpToLatinExtendedANormalizesAsIcusFormDDid()
    {
        AssertIcuIsLoaded();

        for (var c = '\u0000'; c <= '\u017F'; c++)
        {
            var text = $"a{c}b";
            Assert.True(Icu(text) == TextNormalizer.Normalize(text), $"U+{(int)c:X4} '{c}': ICU \"{Icu(text)}\", now \"{TextNormalizer.Normalize(text)}\"");
        }
    }

    [Fact]
    public void EveryPrecomposedLetterFoldsToTheLetterFormDLeavesWithoutItsMarks()
    {
        AssertIcuIsLoaded();

        for (var c = '\u00C0'; c <= '\u017F'; c++)
        {
            var expected = new string([.. c.ToString().Normalize(NormalizationForm.FormD)
                .Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)]);
            Assert.Equal(expected, AccentFolding.Fold(c).ToString());
        }
    }

    [Theory]
    [InlineData("Één foto's!", "een foto s")]
    [InlineData("mijn méning", "mijn mening")]
    [InlineData("mijn me\u0301ning", "mijn mening")]
    [InlineData("Oké, CAFÉ-crème à la Curaçao", "oke cafe creme a la curacao")]
    [InlineData("ĳs, Straße, Æsop, Œuvre, Øre, Łódź", "ĳs straße æsop œuvre øre łodz")]
    [InlineData("naïef coöperatie geëmigreerd", "naief cooperatie geemigreerd")]
    public void SentencesNormalizeAsThroughIcu(string text, string plain)
    {
        AssertIcuIsLoaded();

        Assert.Equal(Icu(text), TextNormalizer.Normalize(text));
        Assert.Equal(plain, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void EveryTriggerPhraseOfTheBundledContentNormalizesAsThroughIcu()
    {
        AssertIcuIsLoaded();
        var phrases = BundledContentProvider.Bundled.Topics.SelectMany(t => t.Triggers.All).ToList();

        Assert.NotEmpty(phrases);
        Assert.All(phrases, phrase => Assert.Equal(Icu(phrase), TextNormalizer.Normalize(phrase)));
    }

    // What TextNormalizer did before the bot ran in invariant mode: ICU's canonical decomposition first, then the same
    // loop (marks dropped, letters lowered), on which the fold changes nothing: FormD leaves no letter it would fold.
    private static string Icu(string text) => TextNormalizer.Normalize(text.Normalize(NormalizationForm.FormD));

    private static void AssertIcuIsLoaded() =>
        Assert.True("é".Normalize(NormalizationForm.FormD).Length == 2, "These tests compare with ICU: run them with ICU loaded (not in invariant mode).");
}
