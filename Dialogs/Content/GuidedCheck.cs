namespace PolicyBot.Dialogs.Content;

/// <summary>A guided check: a waterfall of questions defined in content, ending in a verdict.</summary>
public sealed record GuidedCheck
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>Said when the check starts; without it the bot's generic <c>check-intro</c> message is used.</summary>
    public LocalizedText? Intro { get; init; }

    public required string Start { get; init; }

    public required IReadOnlyList<CheckStep> Steps { get; init; }

    /// <summary>
    /// Title and summary per verdict kind, for checks whose answers end in a verdict. Empty for checks where every
    /// path ends in a named <see cref="Outcomes">outcome</see> (what-if scenarios, the mistake triage).
    /// </summary>
    public IReadOnlyDictionary<VerdictKind, VerdictText> Verdicts { get; init; } = new Dictionary<VerdictKind, VerdictText>();

    /// <summary>Named endings: a choice with <c>outcome</c> ends the check with that outcome's text.</summary>
    public IReadOnlyList<CheckOutcome> Outcomes { get; init; } = [];

    public CheckOutcome? Outcome(string id) => Outcomes.FirstOrDefault(o => o.Id == id);

    /// <summary>Practical tips shown with the verdict (transparency, audiences, permanence), each with the verdicts it fits.</summary>
    public IReadOnlyList<CheckTip> Tips { get; init; } = [];

    public CheckStep? Step(string id) => Steps.FirstOrDefault(s => s.Id == id);

    /// <summary>Whether the check can end on <paramref name="topicId"/>: a choice's finding, a tip or an outcome names it.</summary>
    public bool LeadsTo(string topicId) =>
        Steps.Any(s => s.Choices.Any(c => c.Finding?.Topic == topicId))
        || Tips.Any(t => t.Topic == topicId)
        || Outcomes.Any(o => o.Topics.Contains(topicId));
}

public sealed record CheckStep
{
    public required string Id { get; init; }

    public required LocalizedText Question { get; init; }

    public required IReadOnlyList<CheckChoice> Choices { get; init; }
}

public sealed record CheckChoice
{
    public required string Id { get; init; }

    public required LocalizedText Label { get; init; }

    public LocalizedList Synonyms { get; init; } = LocalizedList.Empty;

    /// <summary>The next step id, or null when this answer ends the check (with <see cref="Outcome"/> or the verdict).</summary>
    public string? Next { get; init; }

    /// <summary>The outcome id this answer ends the check with; null to end with the verdict (or go on with Next).</summary>
    public string? Outcome { get; init; }

    /// <summary>What this answer adds to the verdict, if anything.</summary>
    public CheckFinding? Finding { get; init; }

    /// <summary>
    /// Whether an image or a video the employee sends with the message answers this step with this choice ("mag ik deze
    /// foto delen?" with the photo attached). At most one choice per step.
    /// </summary>
    public bool ForAttachments { get; init; }
}

/// <summary>A consequence of an answer: how severe, why (pointing at a topic), and which owner to ask.</summary>
public sealed record CheckFinding
{
    public required VerdictKind Verdict { get; init; }

    public required LocalizedText Reason { get; init; }

    public string? Topic { get; init; }

    public string? Owner { get; init; }
}

public sealed record VerdictText(LocalizedText Title, LocalizedText Summary);

/// <summary>A tip shown with the verdict; when <see cref="Topic"/> is set it links to that topic.</summary>
public sealed record CheckTip(LocalizedText Text, string? Topic)
{
    /// <summary>The verdicts this tip is shown with; empty means every verdict.</summary>
    public IReadOnlyList<VerdictKind> Verdicts { get; init; } = [];

    public bool Fits(VerdictKind verdict) => Verdicts.Count == 0 || Verdicts.Contains(verdict);
}

/// <summary>A named ending of a check: what to do now, who to contact, what to read.</summary>
public sealed record CheckOutcome
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The concrete steps, a few lines of markdown.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Owner id to offer a hand-off to.</summary>
    public string? Owner { get; init; }

    /// <summary>Topic ids to read more about, shown as buttons.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
}
