using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PolicyBot.Bot.State;

/// <summary>Healthy when the conversation store answers a read.</summary>
public sealed class ConversationStoreHealthCheck(IConversationStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ReadAsync("healthz/probe", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The conversation store is not reachable.", ex);
        }
    }
}
