using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Understanding;

/// <summary>The evaluation sets only measure the recognizer honestly while none of their questions is in the content.</summary>
public class EvaluationSetApartTests
{
    private static readonly string Folder = BundledContentTests.BundledContentFolder();

    [Fact]
    public void NoEvaluationQuestionIsATriggerOrOutOfScopePhraseOfTheBundledContent()
    {
        var phrases = Phrases().ToLookup(p => TextNormalizer.Normalize(p.Phrase));

        var copies = Questions()
            .SelectMany(q => phrases[TextNormalizer.Normalize(q.Text)].Select(p => $"\"{q.Text}\" is in {p.Where}"))
            .ToList();

        Assert.True(copies.Count == 0, $"{copies.Count} evaluation questions are in the content; write new phrasings instead:\n{string.Join('\n', copies)}");
    }

    [Fact]
    public void NoTriggerOrOutOfScopePhraseIsANearCopyOfAnEvaluationQuestion()
    {
        var questions = Questions().Select(q => (q.Text, Words: Words(q.Text))).ToList();

        // A phrase of five or more words that differs from a question by at most two words is that question with a word
        // or two cut or swapped ("als ik een post verwijder…" / "als ik een tweet verwijder…"). Short core phrasings that a
        // longer question merely contains ("mag ik een collega taggen") are how people ask, and stay.
        // Not the phrases of a topic only a whole message matches ("is there a social media policy"): the recognizer never
        // learns from them, and the test above keeps every one of them from being an evaluation question itself.
        var nearCopies = (from phrase in Phrases(recognizerOnly: true)
                          let words = Words(phrase.Phrase)
                          from question in questions
                          where words.Count >= 5 && words.Count + question.Words.Count - (2 * words.Intersect(question.Words).Count()) <= 2
                          select $"\"{phrase.Phrase}\" ({phrase.Where}) ~ \"{question.Text}\"").ToList();

        Assert.True(nearCopies.Count == 0, $"{nearCopies.Count} phrases are near copies of evaluation questions; say it differently:\n{string.Join('\n', nearCopies)}");
    }

    [Fact]
    public void EveryEvaluationQuestionNamesATopicOfTheContentOrNone()
    {
        var content = ContentLoader.Load(Folder).Content!;

        var unknown = Questions().Select(q => q.Topic).OfType<string>().Distinct().Where(id => content.Topic(id) is null).ToList();

        Assert.True(unknown.Count == 0, $"evaluation sets name topics the content does not have (unrelated questions have topic: null): {string.Join(", ", unknown)}");
    }

    /// <summary>Every evaluation set: the development sets and the blind ones.</summary>
    private static IEnumerable<LabelledQuestion> Questions() =>
        EvaluationSet.DevelopmentFiles.Append(EvaluationSet.BlindFile).Concat(EvaluationSet.FreshBlindFiles)
            .SelectMany(file => EvaluationSet.Load(BundledContentEvaluationTests.SetPath(file)));

    private static IEnumerable<(string Where, string Phrase)> Phrases(bool recognizerOnly = false)
    {
        var content = ContentLoader.Load(Folder).Content!;
        return content.Topics.Where(t => !recognizerOnly || !t.MatchesWholeMessageOnly).SelectMany(t => t.Triggers.All.Select(p => (Where: $"topic {t.Id}", Phrase: p)))
            .Concat(content.OutOfScope.SelectMany((group, i) => group.All.Select(p => (Where: $"out-of-scope group {i + 1}", Phrase: p))));
    }

    private static HashSet<string> Words(string text) => TextNormalizer.Tokens(text).ToHashSet(StringComparer.Ordinal);
}
