namespace PolicyBot.Dialogs.Understanding;

/// <summary>Measures a recognizer on labelled questions: top-1 accuracy in scope, and how often out-of-scope questions get a topic.</summary>
public static class RecognizerEvaluation
{
    public static EvaluationReport Run(ITopicRecognizer recognizer, IEnumerable<LabelledQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(questions);
        return Report(questions.Select(q => (q, recognizer.Recognize(q.Text))));
    }

    /// <summary>The report of questions already recognized.</summary>
    public static EvaluationReport Report(IEnumerable<(LabelledQuestion Question, RecognizerResult Result)> recognized)
    {
        ArgumentNullException.ThrowIfNull(recognized);
        var outcomes = recognized.ToList();
        var inScope = outcomes.Where(o => o.Question.Topic is not null).ToList();
        var outOfScope = outcomes.Where(o => o.Question.Topic is null).ToList();
        var languageMisses = outcomes.Where(o => o.Result.DetectedLanguage != o.Question.Language).Select(o => new LanguageMiss(o.Question, o.Result.DetectedLanguage)).ToList();

        return new EvaluationReport
        {
            InScope = Score(inScope),
            ByLanguage = inScope.GroupBy(o => o.Question.Language).OrderBy(g => g.Key).ToDictionary(g => g.Key, Score),
            ByTopic = inScope.GroupBy(o => o.Question.Topic!).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, Score),
            RankedFirst = Score(inScope, o => o.Result.Candidates.Count > 0 && o.Result.Candidates[0].Topic == o.Question.Topic),
            AnsweredOrSuggested = Score(inScope, o => o.Result.Topic == o.Question.Topic || (o.Result.Topic is null && o.Result.Suggestions.Any(s => s.Topic == o.Question.Topic))),
            OneClickAway = Score(inScope, o => o.Result.Topic == o.Question.Topic
                || (o.Result.Topic is null ? o.Result.Suggestions : o.Result.Alternatives).Any(s => s.Topic == o.Question.Topic)),
            OutOfScopeSuggested = new EvaluationScore(outOfScope.Count(o => o.Result.Topic is null && o.Result.Suggestions.Count > 0), outOfScope.Count),
            OutOfScope = new EvaluationScore(outOfScope.Count(o => o.Result.Topic is not null), outOfScope.Count),
            LanguageDetection = new EvaluationScore(outcomes.Count - languageMisses.Count, outcomes.Count),
            Misclassified = outcomes
                .Where(o => !IsCorrect(o))
                .Select(o => new Misclassification(o.Question, o.Result.Topic, o.Result.Score) { Candidates = o.Result.Candidates, Suggestions = o.Result.Suggestions })
                .ToList(),
            LanguageMisses = languageMisses,
        };
    }

    private static bool IsCorrect((LabelledQuestion Question, RecognizerResult Result) outcome) =>
        outcome.Result.Topic == outcome.Question.Topic;

    private static EvaluationScore Score(IEnumerable<(LabelledQuestion Question, RecognizerResult Result)> outcomes) =>
        Score(outcomes, IsCorrect);

    private static EvaluationScore Score(
        IEnumerable<(LabelledQuestion Question, RecognizerResult Result)> outcomes,
        Func<(LabelledQuestion Question, RecognizerResult Result), bool> isCorrect)
    {
        var list = outcomes.ToList();
        return new EvaluationScore(list.Count(isCorrect), list.Count);
    }
}
