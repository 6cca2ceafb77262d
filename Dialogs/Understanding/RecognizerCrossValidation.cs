using PolicyBot.Dialogs.Content;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// How well the recognizer does on phrases it was not built from: the trigger phrases (and out-of-scope examples) are
/// dealt into folds, and each fold is scored by a recognizer built from the content without that fold. Unlike an
/// evaluation set, this needs nobody to write questions, and it cannot be tuned away by adding the questions.
/// </summary>
public static class RecognizerCrossValidation
{
    public static EvaluationReport Run(PolicyContent content, Func<PolicyContent, ITopicRecognizer> build, int folds = 5)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(build);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var outcomes = new List<(LabelledQuestion, RecognizerResult)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var kept = content with
            {
                Topics = content.Topics.Select(t => t with { Triggers = Keep(t.Triggers, fold, folds) }).ToList(),
                OutOfScope = content.OutOfScope.Select(g => Keep(g, fold, folds)).ToList(),
            };
            var recognizer = build(kept);
            foreach (var topic in content.Topics.Where(t => !t.MatchesWholeMessageOnly))
                foreach (var question in Held(topic.Triggers, topic.Id, fold, folds))
                    outcomes.Add((question, recognizer.Recognize(question.Text)));
            foreach (var group in content.OutOfScope)
                foreach (var question in Held(group, null, fold, folds))
                    outcomes.Add((question, recognizer.Recognize(question.Text)));
        }
        return RecognizerEvaluation.Report(outcomes);
    }

    private static LocalizedList Keep(LocalizedList phrases, int fold, int folds) =>
        new(phrases.Nl.Where((_, i) => i % folds != fold).ToList(), phrases.En.Where((_, i) => i % folds != fold).ToList());

    private static IEnumerable<LabelledQuestion> Held(LocalizedList phrases, string? topic, int fold, int folds) =>
        phrases.Nl.Where((_, i) => i % folds == fold).Select(p => new LabelledQuestion(Language.Nl, topic, p))
            .Concat(phrases.En.Where((_, i) => i % folds == fold).Select(p => new LabelledQuestion(Language.En, topic, p)));
}
