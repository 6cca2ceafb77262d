namespace PolicyBot.Bot.Retention;

/// <summary>
/// The memory provider keeps nothing past the process, so nothing expires; a conversation's own state and reference are
/// still removed on uninstall and <c>deleteUserData</c> (through the conversation store, see <see cref="Erasure"/>).
/// </summary>
public sealed class MemoryRetentionStore : IRetentionStore
{
    public Task<SweepBatch> SweepBatchAsync(RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken) => Task.FromResult(SweepBatch.Empty);

    public Task<ErasureReport> ForgetUserAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(ErasureReport.Empty);
}
