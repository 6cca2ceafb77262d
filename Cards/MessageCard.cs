using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Cards;

/// <summary>A reply without a card model: its text, then its choices (a prompt) and links as buttons.</summary>
public static class MessageCard
{
    public static JsonObject Build(MessageReply reply, int maxTextChars = CardText.Unlimited)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = new JsonArray();
        if (!string.IsNullOrWhiteSpace(reply.Text))
            foreach (var block in MarkdownBlocks.From(reply.Text, reply.Quote, maxTextChars)) body.Add(block);

        var actions = new JsonArray();
        CardElements.AddButtons(reply, body, actions);
        return CardElements.Card(reply, body, actions, maxTextChars, fullWidth: false);
    }
}
