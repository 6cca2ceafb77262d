namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Splits a labelled set into a tuning half and a held-out half by index parity within each topic and language, so
/// every topic and language is in both halves and the split never changes when questions are appended elsewhere.
/// </summary>
public static class EvaluationSplit
{
    public static (IReadOnlyList<LabelledQuestion> Dev, IReadOnlyList<LabelledQuestion> HeldOut) Split(IEnumerable<LabelledQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var seen = new Dictionary<(string?, Language), int>();
        var dev = new List<LabelledQuestion>();
        var heldOut = new List<LabelledQuestion>();
        foreach (var question in questions)
        {
            var key = (question.Topic, question.Language);
            var index = seen.GetValueOrDefault(key);
            seen[key] = index + 1;
            (index % 2 == 0 ? dev : heldOut).Add(question);
        }
        return (dev, heldOut);
    }
}
