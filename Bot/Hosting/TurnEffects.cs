using PolicyBot.Bot.Handoff;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.Protocol;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// What a turn asked for beyond its replies, carried out after the save and the send: hand-offs and ticket pick-ups,
/// usage counts, and the ids Teams gave the answers. Each is worth a try, not the turn: a failure is logged where it
/// happens and the employee already has the replies.
/// </summary>
public sealed class TurnEffects(HandoffService handoffs, UsageRecorder usage, TeamsFeedback feedback, TurnDelivery delivery)
{
    /// <returns>
    /// Activities the effects have for the employee (a ticket's confirmation, the Emulator's hand-off event), and what a
    /// pressed ticket button came to.
    /// </returns>
    public async Task<HandoffOutcome> RunAsync(Activity inbound, TurnInput input, IReadOnlyList<TurnEffect> effects, IReadOnlyList<AnsweredMessage> answered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(effects);
        // A confirmed hand-off to an owner with a Teams channel (a ticket stored and posted there) takes a moment, so the
        // employee sees the bot typing. Other turns send no typing activity; neither does a pick-up in the owners' channel
        // (the presser sees the card change, and Teams shows no typing in channels).
        if (handoffs.PostsTicket(effects)) await delivery.SendTypingAsync(inbound, cancellationToken);
        var outcome = await handoffs.ExecuteAsync(inbound, effects, cancellationToken);
        await usage.RecordAsync([.. effects.OfType<UsageEvent>(), .. outcome.Usage], cancellationToken);
        if (answered.Count > 0) await feedback.RememberAsync(input.ChannelId, input.ConversationId, answered, cancellationToken);
        return outcome;
    }
}
