using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;

namespace PolicyBot.Dialogs.Policy;

/// <summary>Typed view over the check's stored values: which check, the current step, the path and the answers.</summary>
internal sealed class CheckState(DialogInstance instance)
{
    private const string AnswerPrefix = "answer:";
    private Dictionary<string, string> Values => instance.Values;

    public string CheckId
    {
        get => Values.GetValueOrDefault("check", GuidedCheckDialog.DefaultCheck);
        set => Values["check"] = value;
    }

    public string StepId => Values.GetValueOrDefault("step", "");

    public int Attempts
    {
        get => int.TryParse(Values.GetValueOrDefault("attempts"), out var n) ? n : 0;
        set => Values["attempts"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private List<string> Path => [.. Values.GetValueOrDefault("path", "").Split(',', StringSplitOptions.RemoveEmptyEntries)];

    public void Reset(string startStep)
    {
        var check = CheckId;
        Values.Clear();
        CheckId = check;
        Values["step"] = startStep;
        Values["path"] = startStep;
    }

    public void Answer(string stepId, string choiceId)
    {
        Values[AnswerPrefix + stepId] = choiceId;
        Attempts = 0;
    }

    public void MoveTo(string stepId)
    {
        Values["step"] = stepId;
        Values["path"] = string.Join(',', [.. Path, stepId]);
    }

    /// <summary>Steps back one question, forgetting the answer given there; false at the first question.</summary>
    public bool TryGoBack()
    {
        var path = Path;
        if (path.Count <= 1) return false;
        path.RemoveAt(path.Count - 1);
        Values["step"] = path[^1];
        Values["path"] = string.Join(',', path);
        Values.Remove(AnswerPrefix + path[^1]);
        Attempts = 0;
        return true;
    }

    /// <summary>The answers along the current path, in order: (step id, choice id).</summary>
    public IReadOnlyList<(string Step, string Choice)> Answers() =>
        Path.Where(s => Values.ContainsKey(AnswerPrefix + s)).Select(s => (s, Values[AnswerPrefix + s])).ToList();

    /// <summary>False when a content change removed a step or answer on the path taken so far.</summary>
    public bool AnswersStillValid(GuidedCheck check) =>
        Path.All(s => check.Step(s) is not null)
        && Answers().All(a => check.Step(a.Step)!.Choices.Any(c => c.Id == a.Choice));
}
