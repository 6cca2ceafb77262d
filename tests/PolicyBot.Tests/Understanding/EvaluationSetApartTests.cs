using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Understanding;

/// <summary>The evaluation set only measures the recognizer honestly while none of its questions is in the content.</summary>
public class EvaluationSetApartTests
{
    [Fact]
    public void NoEvaluationQuestionIsATriggerOrOutOfScopePhraseOfTheBundledContent()
    {
        var folder = BundledContentTests.BundledContentFolder();
        var content = ContentLoader.Load(folder).Content!;
        var questions = EvaluationSet.Load(Path.Combine(folder, "..", "..", "tests", "PolicyBot.Tests", "Evaluation", "questions.yaml"));
        var phrases = content.Topics.SelectMany(t => t.Triggers.All.Select(p => (Where: $"topic {t.Id}", Phrase: p)))
            .Concat(content.OutOfScope.SelectMany((group, i) => group.All.Select(p => (Where: $"out-of-scope group {i + 1}", Phrase: p))))
            .ToLookup(p => TextNormalizer.Normalize(p.Phrase));

        var copies = questions
            .SelectMany(q => phrases[TextNormalizer.Normalize(q.Text)].Select(p => $"\"{q.Text}\" is in {p.Where}"))
            .ToList();

        Assert.True(copies.Count == 0, $"{copies.Count} evaluation questions are in the content; write new phrasings instead:\n{string.Join('\n', copies)}");
    }
}
