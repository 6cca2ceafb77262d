using Microsoft.Extensions.Options;

namespace PolicyBot.Bot.Retention;

/// <summary>
/// Every <see cref="RetentionOptions.SweepInterval"/> (first one interval after start), deletes what is past its
/// retention, one small batch per statement until nothing is left. Safe on many instances at once (see the stores).
/// </summary>
public sealed class RetentionSweeper(
    IRetentionStore store,
    Erasure erasure,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionSweeper> logger) : BackgroundService
{
    // A run stops after this many batches (200,000 rows by default) and goes on at the next interval.
    private const int MaxBatchesPerRun = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.SweepFailed(ex, ex.GetType().Name);
            }
        }
    }

    /// <summary>One full sweep at the current time; returns what it removed, summed over its batches.</summary>
    public async Task<SweepBatch> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoffs = RetentionCutoffs.At(time.GetUtcNow(), options.Value);
        List<string> states = [], references = [], tickets = [];
        int questions = 0, answered = 0;
        for (var i = 0; i < MaxBatchesPerRun; i++)
        {
            var batch = await store.SweepBatchAsync(cutoffs, options.Value.BatchSize, cancellationToken);
            if (batch.IsEmpty) break;
            erasure.Evict(batch.StateKeys.Concat(batch.ReferenceKeys));
            states.AddRange(batch.StateKeys);
            references.AddRange(batch.ReferenceKeys);
            tickets.AddRange(batch.TicketIds);
            questions += batch.UsageQuestions;
            answered += batch.AnsweredMessages;
            // Let waiting turns have the store between batches.
            await Task.Yield();
        }
        var swept = new SweepBatch(states, references, tickets, questions) { AnsweredMessages = answered };
        if (!swept.IsEmpty) logger.Swept(states.Count, references.Count, tickets.Count, questions, answered);
        return swept;
    }
}
