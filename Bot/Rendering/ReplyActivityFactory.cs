using System.Text.Json;
using PolicyBot.Bot.Protocol;
using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Rendering;

/// <summary>
/// Dialog replies → addressed outgoing activities (PROTOCOL.md §2.3), in order; traces only where the host keeps them.
/// </summary>
public sealed class ReplyActivityFactory
{
    public List<Activity> Create(Activity inbound, IEnumerable<Reply> replies, bool traces)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(replies);
        // The engine builds no traces where they are not kept (TurnInput.Traces); this also holds for any other IBot.
        var activities = new List<Activity>();
        foreach (var reply in replies)
        {
            switch (reply)
            {
                case MessageReply message:
                    activities.Add(Message(inbound, message));
                    break;
                case TraceReply trace when traces:
                    activities.Add(Trace(inbound, trace));
                    break;
            }
        }
        return activities;
    }

    private static Activity Message(Activity inbound, MessageReply reply) =>
        TeamsAnswers.Apply(inbound) && reply.Card is AnswerCard answer
            ? TeamsAnswers.Decorate(Render(inbound.CreateReply(), TeamsAnswers.WithoutOwnFeedback(reply, answer)), answer)
            : Render(inbound.CreateReply(), reply);

    /// <summary>
    /// <paramref name="reply"/> as a message on an already addressed activity (a reply, or a proactive message
    /// from a stored reference), keeping its address and id. On Teams a question's answer buttons are Universal Actions
    /// (<see cref="UniversalActionChannels"/>).
    /// </summary>
    public static Activity Render(Activity addressed, MessageReply reply)
    {
        ArgumentNullException.ThrowIfNull(addressed);
        ArgumentNullException.ThrowIfNull(reply);
        var card = ReplyCards.Build(reply, UniversalActionChannels.Supports(addressed.ChannelId));
        return addressed with
        {
            // A card carries the text itself (and as fallbackText); sending both makes Teams show it twice.
            Text = card is not null || string.IsNullOrEmpty(reply.Text) ? null : reply.Text,
            InputHint = reply.ExpectingInput ? InputHints.ExpectingInput : InputHints.AcceptingInput,
            Locale = reply.Language.Locale(),
            Attachments = card is null
                ? null
                : [new Attachment { ContentType = ReplyCards.ContentType, Content = card }],
        };
    }

    private static Activity Trace(Activity inbound, TraceReply reply) => inbound.CreateReply(ActivityTypes.Trace) with
    {
        Name = reply.Name,
        Label = reply.Label,
        ValueType = reply.ValueType,
        Value = reply.Value is null ? null : JsonSerializer.SerializeToElement(reply.Value, ProtocolJson.Options),
    };
}
