using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>
/// Equality of two replies by what their cards show, so a card can be built once for every reply that says the same.
/// Lists (choices, links, reasons, tips) are compared item by item; everything else by the records' own equality,
/// with the lists set aside. A list this comparer does not know is compared by reference, so a new field can only
/// cost a cache miss, never a wrong card. Only replies the dialogs made from the content alone are cached
/// (<see cref="MessageReply.FromContent"/>): nothing the user typed is kept beyond the turn. Ticket and hand-off cards
/// (times, names, the employee's question) never are, whatever the flag says.
/// </summary>
internal sealed class ReplyComparer : IEqualityComparer<MessageReply>
{
    public static readonly ReplyComparer Instance = new();

    private static readonly IReadOnlyList<Choice> NoChoices = [];
    private static readonly IReadOnlyList<LinkAction> NoLinks = [];
    private static readonly IReadOnlyList<string> NoStrings = [];
    private static readonly IReadOnlyList<VerdictReason> NoReasons = [];

    public static bool IsCacheable(MessageReply reply) => reply.FromContent && reply.Card is not (TicketCard or HandoffCard);

    public bool Equals(MessageReply? x, MessageReply? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null) return false;
        return x.Choices.Count == y.Choices.Count
            && x.Text == y.Text
            && x.Links.SequenceEqual(y.Links)
            && x.Choices.Zip(y.Choices).All(pair => WithoutSynonyms(pair.First) == WithoutSynonyms(pair.Second))
            && CardsEqual(x.Card, y.Card)
            && Scalars(x) == Scalars(y);
    }

    public int GetHashCode(MessageReply reply) =>
        HashCode.Combine(reply.Text, reply.Language, reply.Choices.Count, reply.Card?.GetType(), reply.Choices.Count == 0 ? null : reply.Choices[0].Action);

    private static MessageReply Scalars(MessageReply reply) => reply with { Choices = NoChoices, Links = NoLinks, Card = null };

    // Synonyms help the recognizer match typed answers; a card never shows them.
    private static Choice WithoutSynonyms(Choice choice) => choice with { Synonyms = NoStrings };

    private static bool CardsEqual(CardModel? x, CardModel? y) => (x, y) switch
    {
        (null, null) => true,
        // Never cached anyway (IsCacheable); kept so the comparer alone never calls two of them the same.
        (TicketCard or HandoffCard, _) or (_, TicketCard or HandoffCard) => false,
        (VerdictCard a, VerdictCard b) => a.Reasons.SequenceEqual(b.Reasons)
            && a.Tips.SequenceEqual(b.Tips)
            && a with { Reasons = NoReasons, Tips = NoStrings } == b with { Reasons = NoReasons, Tips = NoStrings },
        (AnswerCard a, AnswerCard b) => a.Feedback.SequenceEqual(b.Feedback)
            && a with { Feedback = NoChoices } == b with { Feedback = NoChoices },
        _ => Equals(x, y),
    };
}
