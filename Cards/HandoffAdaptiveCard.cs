using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>
/// The hand-off: the owner's name, why this owner, what to tell them, how to reach them, then the reply's links
/// (Teams chat deep link, e-mail) as buttons.
/// </summary>
public static class HandoffAdaptiveCard
{
    public static JsonObject Build(HandoffCard handoff, MessageReply reply, int maxTextChars = CardText.Unlimited)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        ArgumentNullException.ThrowIfNull(reply);
        var body = new JsonArray
        {
            CardElements.TextBlock("💬 " + handoff.OwnerName, size: "Large", weight: "Bolder"),
        };
        AddSection(body, handoff.WhyHeading, CardText.Clip(handoff.Why, maxTextChars));
        if (!string.IsNullOrWhiteSpace(handoff.TellHeading)) body.Add(CardElements.TextBlock(handoff.TellHeading, weight: "Bolder", spacing: "Medium"));
        var tell = CardText.Clip(handoff.Tell, maxTextChars);
        body.Add(handoff.TellAsWritten ? MarkdownBlocks.QuoteAsWritten(tell, spacing: "Small") : MarkdownBlocks.Quote(tell, spacing: "Small"));
        if (!string.IsNullOrWhiteSpace(handoff.Contact))
            body.Add(CardElements.TextBlock(CardText.Clip(handoff.Contact, maxTextChars), subtle: true, spacing: "Medium"));

        var actions = new JsonArray();
        CardElements.AddButtons(reply, body, actions);
        return CardElements.Card(reply, body, actions, maxTextChars, fullWidth: false);
    }

    private static void AddSection(JsonArray body, string heading, string text)
    {
        if (!string.IsNullOrWhiteSpace(heading)) body.Add(CardElements.TextBlock(heading, weight: "Bolder", spacing: "Medium"));
        body.Add(CardElements.TextBlock(text, spacing: "Small"));
    }
}
