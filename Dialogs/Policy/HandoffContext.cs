using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Where a hand-off came from. The owner button (<see cref="AskOwner"/>) carries only the owner and the <see cref="Ref"/>
/// of an offer kept in the conversation's state (see <see cref="HandoffOffers"/>); buttons of older releases carry the
/// context itself, which is used only where it matches an offer in state. The hand-off dialog is begun with
/// <see cref="Format"/>'s text (<c>customer-service?ref=3f9a0c1e</c>), kept in its options.
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

    /// <summary>The context <see cref="Format"/> wrote (the hand-off's options), or an older release's owner button wrote.</summary>
    public static HandoffContext Parse(string? value) =>
        string.IsNullOrWhiteSpace(value) ? new HandoffContext((string?)null) : From(ButtonActions.Owner(value));

    /// <summary>The context a pressed owner button names: its ref, or on an older release's button the context itself.</summary>
    public static HandoffContext From(AskOwner button)
    {
        ArgumentNullException.ThrowIfNull(button);
        return new HandoffContext(button.OwnerId.Length == 0 ? null : button.OwnerId)
        {
            Ref = button.Ref,
            TopicId = button.TopicId,
            CheckId = button.CheckId,
            Answers = [.. button.Answers.Select(a => (a.Step, a.Choice))],
        };
    }

    /// <summary>The owner button for this context.</summary>
    public AskOwner ToButton() => new(OwnerId ?? "", Ref)
    {
        TopicId = TopicId,
        CheckId = CheckId,
        Answers = [.. Answers.Select(a => new CheckAnswer(a.Step, a.Choice))],
    };

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
