using System.Globalization;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using PolicyBot.Bot.Telemetry;

namespace PolicyBot.Bot.Connector;

/// <summary>
/// The Connector client's retries and per-attempt timeouts as a Polly pipeline (<c>Microsoft.Extensions.Http.Resilience</c>,
/// PROTOCOL.md §3.4). Two parts stay ours, because the library has no notion of a budget that several sends share:
/// whether to retry at all is decided together with the wait (the channel's Retry-After as sent, else our backoff),
/// so a wait that would not leave <see cref="ConnectorClient.MinimumAttempt"/> of the turn's <see cref="SendBudget"/>
/// ends the send at once instead of sleeping into the budget's end; and each attempt's timeout is the smaller of
/// <c>RequestTimeout</c> and what the budget has left.
/// </summary>
public static class ConnectorResilience
{
    /// <summary>How long a channel that kept failing is left alone (circuit open).</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(15);

    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder client)
    {
        client.AddResilienceHandler("connector", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>();
            var metrics = context.ServiceProvider.GetRequiredService<PolicyBotMetrics>();
            var logger = context.ServiceProvider.GetRequiredService<ILogger<ConnectorClient>>();
            var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
            // Polly reports every execution and attempt to its telemetry listener (a timestamp, an async wrapper and
            // two event objects per send); only an exporter reads those events, so without Telemetry there is no listener.
            if (!context.ServiceProvider.GetRequiredService<IOptions<TelemetryOptions>>().Value.Enabled) pipeline.TelemetryListener = null;
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                // The limit is applied in ShouldHandle, where Connector:MaxRetries may also be 0.
                MaxRetryAttempts = Math.Max(options.Value.MaxRetries, 1),
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.AttemptNumber, args.Context, options.Value, time)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Send(args.Context)?.NextWait ?? TimeSpan.Zero),
                OnRetry = args =>
                {
                    var method = args.Context.GetRequestMessage()?.Method.Method ?? "";
                    var reason = Reason(args.Outcome);
                    metrics.ConnectorRetry(method, reason);
                    if (args.Outcome.Result is { } response) logger.SendRetrying(method, (int)response.StatusCode, args.AttemptNumber + 1);
                    else logger.SendRetryingAfterError(method, reason, args.AttemptNumber + 1);
                    return ValueTask.CompletedTask;
                },
            });
            // A channel (one serviceUrl host: the pipeline is per authority) that answers half of 20 or more calls in
            // 30 s with 5xx, a network failure or a timeout is left alone for 15 s: sends to it end at once instead of
            // holding their turns for a budget each. 429 and 412 are about one conversation or one message, not the
            // channel, so they never open it; the per-conversation pacing and Retry-After handle those.
            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 20,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsChannelFailure(args.Outcome)),
                OnOpened = args =>
                {
                    logger.ChannelCircuitOpened(args.Context.GetRequestMessage()?.RequestUri?.Authority ?? "", args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
            });
            pipeline.AddTimeout(new HttpTimeoutStrategyOptions
            {
                TimeoutGenerator = args =>
                {
                    var remaining = Send(args.Context)?.Budget.Remaining ?? options.Value.RequestTimeout;
                    var timeout = remaining < options.Value.RequestTimeout ? remaining : options.Value.RequestTimeout;
                    // Polly refuses a zero timeout; an attempt with no budget left times out at once.
                    return ValueTask.FromResult(timeout > TimeSpan.Zero ? timeout : TimeSpan.FromMilliseconds(1));
                },
            });
        }).SelectPipelineByAuthority();
        return client;
    }

    /// <summary>
    /// Retry a transient failure while retries remain and the wait plus another attempt fit in the budget; the chosen
    /// wait is kept for the DelayGenerator, and a send that runs out of budget says so for the log.
    /// </summary>
    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, int attemptNumber, ResilienceContext context, ConnectorOptions settings, TimeProvider time)
    {
        if (!IsTransient(outcome) || attemptNumber >= settings.MaxRetries || Send(context) is not { } send) return false;
        var wait = (outcome.Result is { } response ? RetryAfter(response, time) : null) ?? Backoff(settings, attemptNumber + 1);
        if (wait + ConnectorClient.MinimumAttempt > send.Budget.Remaining)
        {
            send.OutOfBudget = (Reason(outcome), wait);
            return false;
        }
        send.NextWait = wait;
        return true;
    }

    private static ConnectorSend? Send(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && request.Options.TryGetValue(ConnectorSend.Key, out var send) ? send : null;

    // Teams documents 412, 429, 502 and 504 as retryable; other 5xx are retried as well (PROTOCOL.md §3.4). A network
    // failure or an attempt's timeout is retried too; a paced conversation or an untrusted serviceUrl never is.
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)response.StatusCode >= 500,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };

    private static bool IsChannelFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode >= 500,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };

    public static string Reason(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) : outcome.Exception?.GetType().Name ?? "unknown";

    /// <summary>The channel's Retry-After, honoured as sent (not capped: retrying earlier only earns another 429).</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta > TimeSpan.Zero ? delta : TimeSpan.Zero,
        { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>Exponential backoff with ±20 % jitter after the <paramref name="attempt"/>-th attempt, capped at MaxRetryDelay.</summary>
    private static TimeSpan Backoff(ConnectorOptions settings, int attempt)
    {
        var delay = settings.RetryBaseDelay * Math.Pow(2, attempt - 1) * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return delay > settings.MaxRetryDelay ? settings.MaxRetryDelay : delay;
    }
}
