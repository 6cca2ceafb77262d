using System.Text.Json;
using PolicyBot.Bot.Handoff;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.Retention;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

/// <summary>
/// The activities that run no turn, and the turn input of those that do: an uninstall or erasure request, Teams' own
/// 👍/👎, invokes the bot does not handle or cannot read, and activities it ignores (typing, reactions…).
/// </summary>
public sealed class NoTurnActivities(ConversationLocks locks, Erasure erasure, TeamsFeedback feedback, ConversationReferences references, ILogger<NoTurnActivities> logger)
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>The answer to an activity handled here without a turn, or null when the activity may run one.</summary>
    public async Task<BotResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Erasure.IsRemoval(activity))
        {
            // Uninstall or deleteUserData: remove (not while a turn of the conversation runs), and remember nothing of it.
            using (await locks.AcquireAsync(StorageKeys.Conversation(activity.ChannelId ?? "", activity.Conversation?.Id ?? ""), cancellationToken))
                await erasure.HandleAsync(activity, cancellationToken);
            return BotResponse.To(activity, [], null);
        }
        if (activity.Type == ActivityTypes.Invoke && activity.Name == TeamsFeedback.SubmitActionInvoke)
        {
            // Teams' own 👍/👎: counted, no reply (Teams shows its own thanks), and an empty 200.
            var capture = references.TryCaptureAsync(activity, cancellationToken);
            var counted = await feedback.HandleAsync(activity, cancellationToken);
            await capture;
            return BotResponse.To(activity, [], counted);
        }
        return null;
    }

    /// <summary>The turn input of <paramref name="activity"/>, or none (with the invoke's answer when it is a refused invoke).</summary>
    public (TurnInput? Input, InvokeResponse? Refused) InputOf(Activity activity, bool traces)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type != ActivityTypes.Invoke)
        {
            var input = TurnInputs.FromActivity(activity, traces);
            if (input is null) logger.ActivityIgnored(activity.Type);
            return (input, null);
        }
        if (activity.Name != AdaptiveCardActionInvoke)
        {
            logger.InvokeNotImplemented(activity.Name);
            return (null, InvokeResponse.NotImplemented);
        }
        if (!AdaptiveCardActionValue.TryGetData(activity.Value, out var data, out var error))
        {
            logger.InvokeRejected(error.Value.ToString());
            return (null, new InvokeResponse(StatusCodes.Status400BadRequest, JsonSerializer.SerializeToElement(error, ProtocolJson.Options)));
        }
        return (TurnInputs.CardAction(activity, data, traces), null);
    }
}
