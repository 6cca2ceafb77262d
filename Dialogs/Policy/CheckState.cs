using PolicyBot.Dialogs.Content;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// What the guided check keeps between turns (<see cref="GuidedCheckDialog"/>'s own state record): which check, the
/// current step, the path of steps taken and the choice made at each.
/// </summary>
public sealed record CheckState
{
    public string CheckId { get; set; } = GuidedCheckDialog.DefaultCheck;

    public string StepId { get; set; } = "";

    /// <summary>The steps taken, in order, the current one last.</summary>
    public List<string> Path { get; set; } = [];

    /// <summary>The choice id answered at each step of <see cref="Path"/> (by step id).</summary>
    public Dictionary<string, string> Answered { get; set; } = [];

    /// <summary>
    /// Answers of steps still to come that text typed earlier named, and whose finding is "don't share" or "ask first"
    /// (by step id): said back when the step is asked, and not overruled by a typed laxer answer. Choice ids only, never
    /// the words typed.
    /// </summary>
    public Dictionary<string, string> Noted { get; set; } = [];

    /// <summary>Answers in a row that were not understood at the current step.</summary>
    public int Attempts { get; set; }

    public void Reset(string startStep)
    {
        StepId = startStep;
        Path = [startStep];
        Answered = [];
        Noted = [];
        Attempts = 0;
    }

    public void Answer(string stepId, string choiceId)
    {
        Answered[stepId] = choiceId;
        Noted.Remove(stepId);
        Attempts = 0;
    }

    public void MoveTo(string stepId)
    {
        StepId = stepId;
        Path.Add(stepId);
    }

    /// <summary>The check ended with the verdict its last answer gave, not with "stop" or a goodbye halfway.</summary>
    public bool EndedWithVerdict() => Answered.ContainsKey(StepId);

    /// <summary>Steps back one question, forgetting the answer given there; false at the first question.</summary>
    public bool TryGoBack()
    {
        if (Path.Count <= 1) return false;
        Path.RemoveAt(Path.Count - 1);
        StepId = Path[^1];
        Answered.Remove(StepId);
        // What was noted came from text typed on the way here; going back is taking some of it back.
        Noted.Clear();
        Attempts = 0;
        return true;
    }

    /// <summary>The answers along the current path, in order: (step id, choice id).</summary>
    public IReadOnlyList<(string Step, string Choice)> Answers() =>
        Path.Where(Answered.ContainsKey).Select(s => (s, Answered[s])).ToList();

    /// <summary>False when a content change removed a step or answer on the path taken so far.</summary>
    public bool AnswersStillValid(GuidedCheck check) =>
        Path.All(s => check.Step(s) is not null)
        && Answers().All(a => check.Step(a.Step)!.Choices.Any(c => c.Id == a.Choice));
}
