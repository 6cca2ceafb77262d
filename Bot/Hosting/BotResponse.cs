using System.Text.Json;
using PolicyBot.Bot.Protocol;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>What the messaging endpoint answers: a status and an optional JSON body.</summary>
public sealed record BotResponse(int Status, object? Body = null)
{
    public static BotResponse Ok { get; } = new(StatusCodes.Status200OK);

    /// <summary>True when the answer is the error reply of a failed turn (counted as such by the metrics).</summary>
    public bool Failed { get; init; }

    /// <summary>
    /// The HTTP answer to <paramref name="activity"/>: for expectReplies every activity of the turn (and the invoke's
    /// answer, PROTOCOL.md §1.2 step 5, as the SDK buffers it); for an invoke its answer (501 without one); else 200.
    /// </summary>
    public static BotResponse To(Activity activity, List<Activity> outgoing, InvokeResponse? invokeResponse)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(outgoing);
        if (activity.IsExpectReplies)
        {
            if (invokeResponse is not null)
            {
                outgoing.Add(new Activity
                {
                    Type = ActivityTypes.InvokeResponse,
                    Value = JsonSerializer.SerializeToElement(new { status = invokeResponse.Status, body = invokeResponse.Body }, ProtocolJson.Options),
                });
            }
            return new BotResponse(StatusCodes.Status200OK, new ExpectedReplies { Activities = outgoing });
        }
        if (activity.Type == ActivityTypes.Invoke)
            return invokeResponse is null ? new BotResponse(StatusCodes.Status501NotImplemented) : new BotResponse(invokeResponse.Status, invokeResponse.Body);
        return Ok;
    }

    /// <summary>
    /// An <c>adaptiveCard/action</c> answer. A pressed question answers with its card turned into the chosen answer
    /// (<c>application/vnd.microsoft.card.adaptive</c>), which Teams puts in place of the pressed card; otherwise the
    /// first message's text. The replies are posted as usual either way.
    /// </summary>
    public static InvokeResponse InvokeAnswer(IReadOnlyList<Reply> replies, CardUpdate? cardUpdate = null)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (cardUpdate is not null && ReplyCards.Build(cardUpdate.Replacement, universalActions: true) is { } card)
            return new InvokeResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToElement(AdaptiveCardInvokeResponse.Card(card), ProtocolJson.Options));
        var text = replies.OfType<MessageReply>().Select(m => m.Text).FirstOrDefault(t => !string.IsNullOrEmpty(t)) ?? "OK";
        return new InvokeResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToElement(AdaptiveCardInvokeResponse.Message(text), ProtocolJson.Options));
    }
}
