using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PolicyBot.Bot.Connector;

public static class ConnectorExtensions
{
    /// <summary>Registers <see cref="ConnectorClient"/> (section <c>Connector</c>) and the anonymous token seam.</summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.Section)
            .Validate(o => o.MaxRetries is >= 0 and <= 10, "Connector:MaxRetries must be between 0 and 10.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, "Connector:RequestTimeout must be positive.")
            .Validate(o => o.RetryBaseDelay >= TimeSpan.Zero && o.MaxRetryDelay >= TimeSpan.Zero, "Connector:RetryBaseDelay and MaxRetryDelay must not be negative.")
            .Validate(o => o.SendBudget > ConnectorClient.MinimumAttempt && o.SendBudget <= TimeSpan.FromMinutes(5),
                "Connector:SendBudget must be more than 100 ms and at most 5 minutes.")
            .ValidateOnStart();
        // ConnectorLog says what matters (ids, status, retries); the factory's per-request log handlers cost CPU on every reply.
        // Attempts are timed by the pipeline (RequestTimeout, or less of the send budget), so the client itself waits on.
        services.AddTransient<ConnectorAttemptHandler>();
        // Polly would log every attempt (successes at Information, retried timeouts as errors with a stack trace);
        // ConnectorLog's events 200-207 say what matters once, and Polly's events remain as metrics (README "Telemetry").
        services.AddLogging(logging => logging.AddFilter("Polly", LogLevel.None));
        services.AddHttpClient(ConnectorClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers()
            .AddConnectorResilience()
            .AddHttpMessageHandler<ConnectorAttemptHandler>();
        services.TryAddSingleton<IOutboundTokenProvider, AnonymousTokenProvider>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationPacer>();
        services.AddSingleton<ConnectorClient>();
        return services;
    }
}
