using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Where a hand-off came from. The owner button carries only the owner and the <see cref="Ref"/> of an offer kept in
/// the conversation's state (<c>customer-service?ref=3f9a0c1e</c>, see <see cref="HandoffOffers"/>); buttons of older
/// releases carry the context itself (<c>customer-service?check=may-i-share&amp;answers=what:complaint,secret:no</c>),
/// which is used only where it matches an offer in state. Ids are kebab-case, so the separators never clash with them.
/// </summary>
public sealed record HandoffContext(string? OwnerId)
{
    public string? Ref { get; init; }

    public string? TopicId { get; init; }

    public string? CheckId { get; init; }

    public IReadOnlyList<(string Step, string Choice)> Answers { get; init; } = [];

    public string Format()
    {
        var parts = new List<string>();
        if (Ref is not null) parts.Add("ref=" + Ref);
        if (TopicId is not null) parts.Add("topic=" + TopicId);
        if (CheckId is not null) parts.Add("check=" + CheckId);
        if (Answers.Count > 0) parts.Add("answers=" + string.Join(',', Answers.Select(a => $"{a.Step}:{a.Choice}")));
        return OwnerId + (parts.Count > 0 ? "?" + string.Join('&', parts) : "");
    }

    public static HandoffContext Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return new HandoffContext((string?)null);
        var (owner, query) = value.IndexOf('?') is var q and >= 0 ? (value[..q], value[(q + 1)..]) : (value, "");
        var fields = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0])
            .ToDictionary(g => g.Key, g => g.First()[1]);
        return new HandoffContext(owner.Length == 0 ? null : owner)
        {
            Ref = fields.GetValueOrDefault("ref"),
            TopicId = fields.GetValueOrDefault("topic"),
            CheckId = fields.GetValueOrDefault("check"),
            Answers = fields.GetValueOrDefault("answers", "").Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.Split(':', 2))
                .Where(a => a.Length == 2)
                .Select(a => (a[0], a[1]))
                .ToList(),
        };
    }

    /// <summary>
    /// Only what the content knows: the context arrives in a card submit, which anyone can craft, and it ends up on a
    /// ticket in the owner's channel. An unknown topic, check, step or choice is dropped, never shown as text.
    /// </summary>
    public HandoffContext KnownTo(PolicyContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var check = CheckId is null ? null : content.Check(CheckId);
        return this with
        {
            TopicId = TopicId is not null && content.Topic(TopicId) is not null ? TopicId : null,
            CheckId = check?.Id,
            Answers = check is null ? [] : [.. Answers.Where(a => check.Step(a.Step)?.Choices.Any(c => c.Id == a.Choice) == true)],
        };
    }

    /// <summary>The check answers as the employee saw them; answers that no longer exist in the content are left out.</summary>
    public IReadOnlyList<TicketAnswer> ResolveAnswers(PolicyContent content, Language language)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (CheckId is null || content.Check(CheckId) is not { } check) return [];
        return Answers
            .Select(a => check.Step(a.Step) is { } step && step.Choices.FirstOrDefault(c => c.Id == a.Choice) is { } choice
                ? new TicketAnswer(step.Question[language], choice.Label[language])
                : null)
            .OfType<TicketAnswer>()
            .ToList();
    }
}
