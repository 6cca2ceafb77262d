using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>Turns a dialog reply into an Adaptive Card (schema 1.5, what Teams renders).</summary>
public static class ReplyCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    // When a card is too big, model texts are clipped to this many characters, halving until it fits.
    private const int FirstClip = 4000;
    private const int LastClip = 250;

    /// <summary>
    /// The Adaptive Card for <paramref name="reply"/>, or null when plain text says it all (no card model,
    /// no choices, no links). Choice buttons are <c>Action.Submit</c> with <c>data = {"choice": Choice.Value}</c>.
    /// </summary>
    public static JsonObject? Build(MessageReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Card is null && reply.Choices.Count == 0 && reply.Links.Count == 0) return null;

        // Teams refuses an oversized message (413), so long texts are shortened rather than sent whole.
        var card = Render(reply, CardText.Unlimited);
        for (var max = FirstClip; !CardLimits.Fits(card) && max >= LastClip; max /= 2)
            card = Render(reply, max);
        return card;
    }

    private static JsonObject Render(MessageReply reply, int maxTextChars) => reply.Card switch
    {
        AnswerCard answer => AnswerAdaptiveCard.Build(answer, reply, maxTextChars),
        VerdictCard verdict => VerdictAdaptiveCard.Build(verdict, reply, maxTextChars),
        HandoffCard handoff => HandoffAdaptiveCard.Build(handoff, reply, maxTextChars),
        TicketCard ticket => TicketAdaptiveCard.Build(ticket, reply, maxTextChars),
        AnsweredCard answered => AnsweredAdaptiveCard.Build(answered, reply, maxTextChars),
        _ => MessageCard.Build(reply, maxTextChars),
    };
}
