using System.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>The outcome of <see cref="RecognizerEvaluation.Run"/>; <see cref="ToString"/> prints it as a text table.</summary>
public sealed record EvaluationReport
{
    /// <summary>Top-1 accuracy on questions labelled with a topic.</summary>
    public required EvaluationScore InScope { get; init; }

    public required IReadOnlyDictionary<Language, EvaluationScore> ByLanguage { get; init; }

    public required IReadOnlyDictionary<string, EvaluationScore> ByTopic { get; init; }

    /// <summary>In-scope questions whose topic is the recognizer's best candidate, whether or not it was sure enough to answer.</summary>
    public required EvaluationScore RankedFirst { get; init; }

    /// <summary>In-scope questions answered with the right topic, or given it among the "did you mean" suggestions.</summary>
    public required EvaluationScore AnsweredOrSuggested { get; init; }

    /// <summary>
    /// In-scope questions answered with the right topic, or given it as a button: among the "did you mean" suggestions,
    /// or beside another topic's answer as "not what you meant?".
    /// </summary>
    public required EvaluationScore OneClickAway { get; init; }

    /// <summary>Out-of-scope questions that got "did you mean" suggestions (no topic answered).</summary>
    public required EvaluationScore OutOfScopeSuggested { get; init; }

    /// <summary>Out-of-scope questions answered with a topic (false positives): lower is better.</summary>
    public required EvaluationScore OutOfScope { get; init; }

    /// <summary>Questions whose detected language is the labelled one (null detections count as wrong).</summary>
    public required EvaluationScore LanguageDetection { get; init; }

    /// <summary>Wrong topic, missed topic, or a topic for an out-of-scope question.</summary>
    public required IReadOnlyList<Misclassification> Misclassified { get; init; }

    /// <summary>Questions whose language was detected as the other one, or not at all.</summary>
    public IReadOnlyList<LanguageMiss> LanguageMisses { get; init; } = [];

    /// <summary>The figures without any question's text: how a held-out set is shown, so nobody learns from its misses.</summary>
    public EvaluationReport FiguresOnly() => this with { Misclassified = [], LanguageMisses = [] };

    /// <summary>One line: top-1 in scope (per language) and out-of-scope questions answered with a topic.</summary>
    public string Summary =>
        $"top-1 {InScope.Rate:P1} (nl {ByLanguage.GetValueOrDefault(Language.Nl)?.Rate ?? 0:P1}, en {ByLanguage.GetValueOrDefault(Language.En)?.Rate ?? 0:P1}), " +
        $"ranked first {RankedFirst.Rate:P1}, answered or suggested {AnsweredOrSuggested.Rate:P1}, one click away {OneClickAway.Rate:P1}; out of scope answered {OutOfScope.Correct}/{OutOfScope.Total}, suggested {OutOfScopeSuggested.Correct}";

    public override string ToString()
    {
        var text = new StringBuilder();
        var width = Math.Max(28, ByTopic.Keys.Select(k => k.Length + 4).DefaultIfEmpty(0).Max());
        void Row(string name, EvaluationScore score) =>
            text.AppendLine($"{name.PadRight(width)} {score.Correct,5} / {score.Total,-5} {score.Rate,8:P1}");

        text.AppendLine($"{"".PadRight(width)} {"right",5} / {"total",-5} {"rate",8}");
        Row("in scope, top-1", InScope);
        foreach (var (language, score) in ByLanguage) Row($"  language {language.Code()}", score);
        foreach (var (topic, score) in ByTopic) Row($"  {topic}", score);
        text.AppendLine($"{"out of scope, given a topic".PadRight(width)} {OutOfScope.Correct,5} / {OutOfScope.Total,-5} {OutOfScope.Rate,8:P1}");
        Row("right topic ranked first", RankedFirst);
        Row("answered or suggested", AnsweredOrSuggested);
        Row("one click away", OneClickAway);
        text.AppendLine($"{"out of scope, given suggestions".PadRight(width)} {OutOfScopeSuggested.Correct,5} / {OutOfScopeSuggested.Total,-5} {OutOfScopeSuggested.Rate,8:P1}");
        Row("language detected", LanguageDetection);

        if (Misclassified.Count > 0) text.AppendLine().AppendLine("Misclassified (lang | expected -> recognized (score) | text):");
        foreach (var miss in Misclassified)
            text.AppendLine($"  {miss.Question.Language.Code()} | {miss.Question.Topic ?? "-"} -> {miss.Recognized ?? "-"} ({miss.Score:0.00}) | {miss.Question.Text}"
                + $"   [{string.Join(", ", miss.Candidates.Select(c => $"{c.Topic} {c.Score:0.00}"))}]{(miss.Suggestions.Count > 0 ? " suggested" : "")}");
        if (LanguageMisses.Count > 0) text.AppendLine().AppendLine("Language not detected as labelled (lang -> detected | text):");
        foreach (var (question, detected) in LanguageMisses)
            text.AppendLine($"  {question.Language.Code()} -> {detected?.Code() ?? "?"} | {question.Text}");
        return text.ToString();
    }
}
