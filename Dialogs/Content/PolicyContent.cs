namespace PolicyBot.Dialogs.Content;

/// <summary>
/// The whole policy content, loaded and validated from the YAML files under <c>Dialogs/Content</c>.
/// Immutable: a reload builds a new instance and swaps it in atomically.
/// </summary>
public sealed record PolicyContent
{
    public required IReadOnlyList<Topic> Topics { get; init; }

    public required IReadOnlyList<Owner> Owners { get; init; }

    public required IReadOnlyList<GuidedCheck> Checks { get; init; }

    /// <summary>The bot's own texts by id (welcome, help, fallback, ...). See <see cref="MessageIds"/>.</summary>
    public required IReadOnlyDictionary<string, LocalizedText> Messages { get; init; }

    /// <summary>Synonym groups per language for the recognizer: every word in a group means the same.</summary>
    public LocalizedSynonyms Synonyms { get; init; } = new([], []);

    /// <summary>
    /// Groups of questions the bot must not answer from the policy (IT, HR, facilities, small talk). The recognizer
    /// treats each group as one more "topic" whose answer is "nothing in the policy matches".
    /// </summary>
    public IReadOnlyList<LocalizedList> OutOfScope { get; init; } = [];

    public Topic? Topic(string id) => Topics.FirstOrDefault(t => t.Id == id);

    public Owner? Owner(string id) => Owners.FirstOrDefault(o => o.Id == id);

    public GuidedCheck? Check(string id) => Checks.FirstOrDefault(c => c.Id == id);

    public LocalizedText Message(string id) =>
        Messages.TryGetValue(id, out var text) ? text : throw new KeyNotFoundException($"No message '{id}' in the content.");
}

public sealed record LocalizedSynonyms(IReadOnlyList<IReadOnlyList<string>> Nl, IReadOnlyList<IReadOnlyList<string>> En)
{
    public IReadOnlyList<IReadOnlyList<string>> this[Language language] => language == Language.Nl ? Nl : En;
}

/// <summary>A policy topic: what an employee can ask about and the bot's short answer.</summary>
public sealed record Topic
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The chat answer: what to do and why, in a few lines.</summary>
    public required LocalizedText Answer { get; init; }

    /// <summary>The policy principle the answer rests on (shown under the answer and in verdict reasons).</summary>
    public LocalizedText? Principle { get; init; }

    /// <summary>Owner id to hand off to, when the topic says so (marketing, customer-service).</summary>
    public string? Owner { get; init; }

    /// <summary>Related topic ids, offered as follow-up buttons.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Check id this topic starts instead of answering (the generic "may I share this?").</summary>
    public string? StartsCheck { get; init; }

    public required LocalizedList Triggers { get; init; }
}

/// <summary>Someone the bot hands off to when a question goes beyond the policy.</summary>
public sealed record Owner
{
    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>Why this owner: what they handle.</summary>
    public required LocalizedText Handles { get; init; }

    public required string Email { get; init; }

    /// <summary>Teams user (UPN) for a deep-linked chat.</summary>
    public string? TeamsUpn { get; init; }

    /// <summary>Teams channel conversation id where tickets are posted (configured by an operator).</summary>
    public string? TeamsChannel { get; init; }

    public required LocalizedText Hours { get; init; }
}

/// <summary>A guided check: a waterfall of questions defined in content, ending in a verdict.</summary>
public sealed record GuidedCheck
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public required string Start { get; init; }

    public required IReadOnlyList<CheckStep> Steps { get; init; }

    /// <summary>Title and summary per verdict kind.</summary>
    public required IReadOnlyDictionary<Turns.VerdictKind, VerdictText> Verdicts { get; init; }

    /// <summary>Practical tips shown with every verdict (transparency, audiences, permanence).</summary>
    public IReadOnlyList<CheckTip> Tips { get; init; } = [];

    public CheckStep? Step(string id) => Steps.FirstOrDefault(s => s.Id == id);
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

    /// <summary>The next step id, or null when this answer ends the check with the verdict.</summary>
    public string? Next { get; init; }

    /// <summary>What this answer adds to the verdict, if anything.</summary>
    public CheckFinding? Finding { get; init; }
}

/// <summary>A consequence of an answer: how severe, why (pointing at a topic), and which owner to ask.</summary>
public sealed record CheckFinding
{
    public required Turns.VerdictKind Verdict { get; init; }

    public required LocalizedText Reason { get; init; }

    public string? Topic { get; init; }

    public string? Owner { get; init; }
}

public sealed record VerdictText(LocalizedText Title, LocalizedText Summary);

/// <summary>A tip shown with the verdict; when <see cref="Topic"/> is set it links to that topic.</summary>
public sealed record CheckTip(LocalizedText Text, string? Topic);
