using PolicyBot.Bot.Handoff;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Retention;

/// <summary>
/// Removes data on request: everything about one employee (<c>deleteUserData</c>, the <c>forget</c> command), and a
/// conversation's state, reference and answered messages when the bot is uninstalled there (<c>installationUpdate</c> <c>remove</c>, or a
/// <c>conversationUpdate</c> whose <c>membersRemoved</c> holds the bot; PROTOCOL.md §6.4). Caches in this process
/// forget the removed keys too.
/// </summary>
public sealed class Erasure(IRetentionStore retention, IConversationStore store, IAnsweredStore answered, ConversationReferences references, ILogger<Erasure> logger)
{
    public const string DeleteUserData = "deleteUserData";

    /// <summary>Whether <paramref name="activity"/> asks to remove data (then it runs no turn and leaves no reference).</summary>
    public static bool IsRemoval(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            DeleteUserData => true,
            ActivityTypes.InstallationUpdate => activity.Action == "remove",
            ActivityTypes.ConversationUpdate => activity.MembersRemoved?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true,
            _ => false,
        };
    }

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId is not { } channelId || activity.Conversation?.Id is not { } conversationId) return;
        if (activity.Type == DeleteUserData && activity.From?.Id is { Length: > 0 } userId) await ForgetUserAsync(userId, cancellationToken);
        await ForgetConversationAsync(channelId, conversationId, cancellationToken);
        // An uninstall from a team arrives in the channel (or a thread of it): the channel's own reference goes too.
        if (TeamsAddressing.ChannelOf(conversationId) is var channel && channel != conversationId)
            await ForgetConversationAsync(channelId, channel, cancellationToken);
        logger.ConversationForgotten(activity.Type, activity.Action, conversationId);
    }

    public async Task<ErasureReport> ForgetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var report = await retention.ForgetUserAsync(userId, cancellationToken);
        Evict(report.StateKeys.Concat(report.ReferenceKeys));
        logger.UserForgotten(report.StateKeys.Count, report.ReferenceKeys.Count, string.Join(',', report.TicketsDeleted), string.Join(',', report.PickerNamesRemoved));
        return report;
    }

    /// <summary>Drops what this process remembers of keys removed behind its caches' back (sweeper, erasure).</summary>
    public void Evict(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            (store as CachingConversationStore)?.Evict(key);
            references.Forget(key);
        }
    }

    private async Task ForgetConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var reference = StorageKeys.Reference(channelId, conversationId);
        var state = StorageKeys.Conversation(channelId, conversationId);
        await store.DeleteAsync(state, cancellationToken);
        await answered.ForgetAsync(state, cancellationToken);
        await store.DeleteAsync(reference, cancellationToken);
        references.Forget(reference);
    }
}
