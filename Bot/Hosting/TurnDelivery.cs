using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.Rendering;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// Posts a turn's activities to the channel in order (PROTOCOL.md §2.3), with the pressed card's update beside them
/// (PROTOCOL.md §6.7). For expectReplies nothing is posted: the HTTP answer carries the activities.
/// </summary>
public sealed class TurnDelivery(ConnectorClient connector)
{
    /// <summary>
    /// Posts <paramref name="outgoing"/>. Answers that carry Teams' feedback buttons come back as the ids Teams gave them
    /// with their topics (the n-th such activity is the n-th answer reply), so a later 👍/👎 can be counted.
    /// </summary>
    public async Task<List<AnsweredMessage>> SendAsync(Activity inbound, IReadOnlyList<Activity> outgoing, IReadOnlyList<Reply> replies, CardUpdate? cardUpdate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (inbound.IsExpectReplies) return [];
        // The update and the replies are independent calls: the update goes out beside them. They share one send
        // budget, so a failing channel holds the turn for one budget, not one per reply.
        var budget = connector.StartBudget();
        var update = UpdateAnsweredCardAsync(inbound, cardUpdate, budget, cancellationToken);
        var answered = new List<AnsweredMessage>();
        var answers = new Queue<MessageReply>(TeamsAnswers.Apply(inbound) ? replies.OfType<MessageReply>().Where(r => r.Card is AnswerCard) : []);
        foreach (var activity in outgoing)
        {
            var sent = await connector.SendAsync(activity, cancellationToken, budget);
            if (TeamsAnswers.HasFeedbackLoop(activity) && answers.TryDequeue(out var answer) && sent?.Id is { Length: > 0 } id)
                answered.Add(new AnsweredMessage(id, ((AnswerCard)answer.Card!).TopicId, answer.Language));
        }
        await update;
        return answered;
    }

    /// <summary>The bot is typing (not for expectReplies, which shows nothing until the turn is over).</summary>
    public async Task SendTypingAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (!inbound.IsExpectReplies) await connector.SendAsync(inbound.CreateReply(ActivityTypes.Typing), cancellationToken);
    }

    /// <summary>
    /// A button pressed on a question card: replace that card (the submit's replyToId) with the question and the chosen
    /// answer, so an old button cannot be pressed twice. A failed update is logged by the connector.
    /// </summary>
    private async Task UpdateAnsweredCardAsync(Activity inbound, CardUpdate? update, SendBudget budget, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(inbound.ReplyToId) || update is null) return;
        var replacement = ReplyActivityFactory.Render(inbound.CreateReply() with { Id = inbound.ReplyToId, ReplyToId = null }, update.Replacement);
        await connector.UpdateAsync(replacement, cancellationToken, budget);
    }
}
