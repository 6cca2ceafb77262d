using System.Collections.Concurrent;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Insights;

/// <summary>Answered messages in memory (<c>Storage:Provider = memory</c>): the last few per conversation.</summary>
public sealed class MemoryAnsweredStore : IAnsweredStore
{
    private readonly ConcurrentDictionary<string, AnsweredMessage[]> _answers = new(StringComparer.Ordinal);

    public Task AddAsync(string conversationKey, IReadOnlyList<AnsweredMessage> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count > 0)
            _answers.AddOrUpdate(conversationKey, _ => [.. answers.TakeLast(TeamsFeedback.MaxRemembered)], (_, kept) => [.. kept.Concat(answers).TakeLast(TeamsFeedback.MaxRemembered)]);
        return Task.CompletedTask;
    }

    public Task<AnsweredMessage?> FindAsync(string conversationKey, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(_answers.TryGetValue(conversationKey, out var kept) ? kept.LastOrDefault(a => a.ActivityId == activityId) : null);

    public Task ForgetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        _answers.TryRemove(conversationKey, out _);
        return Task.CompletedTask;
    }
}
