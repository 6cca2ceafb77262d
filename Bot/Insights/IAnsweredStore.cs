using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Insights;

/// <summary>
/// The answers Teams gave ids, one row each (conversation key, activity id, topic, language, time), so that a 👍 or 👎
/// naming only the id is counted for its topic (<see cref="TeamsFeedback"/>). Written once per answered turn without
/// reading anything; only the last <see cref="TeamsFeedback.MaxRemembered"/> per conversation are kept. Retention
/// removes them with the conversation's state, erasure with the conversation.
/// </summary>
public interface IAnsweredStore
{
    Task AddAsync(string conversationKey, IReadOnlyList<AnsweredMessage> answers, CancellationToken cancellationToken);

    /// <summary>The newest answer with <paramref name="activityId"/> in the conversation, or null.</summary>
    Task<AnsweredMessage?> FindAsync(string conversationKey, string activityId, CancellationToken cancellationToken);

    /// <summary>Removes the conversation's answers (uninstall, <c>deleteUserData</c>).</summary>
    Task ForgetAsync(string conversationKey, CancellationToken cancellationToken);
}
