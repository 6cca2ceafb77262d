using System.Diagnostics;
using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Telemetry;

/// <summary>The conversation store with each call timed into <c>policybot.store.duration</c>; used only with telemetry on.</summary>
public sealed class TimedConversationStore(IConversationStore inner, PolicyBotMetrics metrics) : IConversationStore
{
    public async Task<StoredItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await inner.ReadAsync(key, cancellationToken);
        }
        finally
        {
            metrics.Store("read", started);
        }
    }

    public async Task<StoreWriteResult> WriteAsync(string key, ReadOnlyMemory<byte> data, string? expectedETag, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await inner.WriteAsync(key, data, expectedETag, cancellationToken);
        }
        finally
        {
            metrics.Store("write", started);
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await inner.DeleteAsync(key, cancellationToken);
        }
        finally
        {
            metrics.Store("delete", started);
        }
    }
}
