using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The hand-offs the bot offered in a conversation, a ring of the last <see cref="Capacity"/> in its state: an owner
/// button carries only an offer's short random ref, and the ticket takes topic and check answers from the offer. A
/// forged or forgotten ref still reaches the owner, only without topic and answers.
/// </summary>
public static class HandoffOffers
{
    public const int Capacity = 8;

    /// <summary>The button to hand off with <paramref name="handoff"/>'s context, which is kept as an offer in state.</summary>
    public static Choice Button(TurnContext context, HandoffContext handoff, string title) => new(Offer(context, handoff), title);

    /// <summary>"Vraag de vertrouwenspersoon": the button that offers to ask <paramref name="owner"/>, named as in a sentence.</summary>
    public static Choice AskButton(TurnContext context, HandoffContext handoff, Owner owner) =>
        Button(context, handoff, context.Text(MessageIds.ButtonAskOwner, ("owner", owner.InSentence(context.Language))));

    /// <summary>The owner button with the ref of the offer kept in state, or the owner alone when there is no context to keep.</summary>
    public static ButtonAction Offer(TurnContext context, HandoffContext handoff)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(handoff.OwnerId);
        if (!HasContext(handoff)) return Commands.Owner(handoff.OwnerId);
        var offers = context.OfferedHandoffs;
        // The same offer again (the same answer asked twice) keeps its ref, so the ring holds distinct offers.
        var index = offers.FindIndex(o => Matches(o, handoff));
        var offer = index >= 0 ? offers[index] : new OfferedHandoff(NewRef(), handoff.OwnerId)
        {
            TopicId = handoff.TopicId,
            CheckId = handoff.CheckId,
            Answers = [.. handoff.Answers.Select(a => $"{a.Step}:{a.Choice}")],
            CreatedAt = DateTimeOffset.UtcNow,
        };
        if (index >= 0) offers.RemoveAt(index);
        offers.Add(offer);
        if (offers.Count > Capacity) offers.RemoveRange(0, offers.Count - Capacity);
        return Commands.Owner(new HandoffContext(handoff.OwnerId) { Ref = offer.Ref });
    }

    // Eight hex digits from the system's secure random source: a version 4 GUID's first eight are random, and unlike
    // RandomNumberGenerator it does not load OpenSSL (~5 MiB resident) into a bot that needs it for nothing else.
    private static string NewRef() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>
    /// The context of a pressed owner button (<paramref name="value"/>: <see cref="HandoffContext.Format"/>'s text, the
    /// hand-off's options), from state only: the offer its ref names, or for an older release's button the offer it
    /// matches; otherwise the owner alone.
    /// </summary>
    public static HandoffContext Resolve(TurnContext context, string? value)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pressed = HandoffContext.Parse(value);
        var offers = context.OfferedHandoffs;
        var offer = pressed.Ref is { } reference
            ? offers.Find(o => o.Ref == reference && o.OwnerId == pressed.OwnerId)
            : HasContext(pressed) ? offers.FindLast(o => Matches(o, pressed)) : null;
        var resolved = offer is null
            ? new HandoffContext(pressed.OwnerId)
            : new HandoffContext(offer.OwnerId) { TopicId = offer.TopicId, CheckId = offer.CheckId, Answers = [.. offer.Answers.Select(Answer).OfType<(string, string)>()] };
        return resolved.KnownTo(context.Content);
    }

    /// <summary>Whether a reply's buttons name an offer of this conversation (then its card is not the same for everyone).</summary>
    public static bool AnyIn(IEnumerable<Choice> choices) =>
        choices.Any(c => c.Action is AskOwner { Ref: not null });

    private static bool HasContext(HandoffContext handoff) => handoff.TopicId is not null || handoff.CheckId is not null || handoff.Answers.Count > 0;

    private static bool Matches(OfferedHandoff offer, HandoffContext handoff) =>
        offer.OwnerId == handoff.OwnerId && offer.TopicId == handoff.TopicId && offer.CheckId == handoff.CheckId
        && offer.Answers.SequenceEqual(handoff.Answers.Select(a => $"{a.Step}:{a.Choice}"));

    private static (string, string)? Answer(string answer) =>
        answer.Split(':', 2) is [var step, var choice] ? (step, choice) : null;
}
