using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>What a question card becomes once answered: the question, subdued, and the answer with a check mark, in the default text colour.</summary>
public static class AnsweredAdaptiveCard
{
    public static JsonObject Build(AnsweredCard answered, MessageReply reply, int maxTextChars = CardText.Unlimited)
    {
        ArgumentNullException.ThrowIfNull(answered);
        ArgumentNullException.ThrowIfNull(reply);
        var body = new JsonArray();
        foreach (var block in MarkdownBlocks.From(answered.Question, reply.Quote, maxTextChars))
        {
            // Only a TextBlock has isSubtle (the schema refuses it on the Container of a quote, and renderers ignore it
            // there); the quoted text keeps the default colour, which stays readable on the quote's emphasis background.
            if ((string?)block["type"] == "TextBlock") block["isSubtle"] = true;
            body.Add(block);
        }
        // Default text colour: Teams' "Good" green is 2.1:1 on white; the check mark says it was answered.
        body.Add(CardElements.TextBlock("✔ " + CardText.Clip(answered.Answer, maxTextChars), weight: "Bolder"));
        return CardElements.Card(reply, body, [], maxTextChars, fullWidth: false);
    }
}
