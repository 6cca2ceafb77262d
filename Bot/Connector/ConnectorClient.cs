using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Auth;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Connector;

/// <summary>
/// Outbound Connector REST v3 calls to an activity's <c>serviceUrl</c> (PROTOCOL.md §3). Transient failures are
/// retried with backoff within a total send budget; a send that still fails is logged and reported as null, never thrown into the turn.
/// </summary>
public sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IOutboundTokenProvider tokenProvider,
    IOptions<ConnectorOptions> options,
    ConversationPacer pacer,
    TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "BotConnector";

    /// <summary>The least time worth starting an attempt with; a wait that leaves less ends the send.</summary>
    public static readonly TimeSpan MinimumAttempt = TimeSpan.FromMilliseconds(100);

    /// <summary>A <see cref="ConnectorOptions.SendBudget"/> starting now, for sends that should share one (a turn's replies).</summary>
    public SendBudget StartBudget() => new(time, options.Value.SendBudget);

    /// <summary>
    /// Reply to <c>replyToId</c> when set (POST …/activities/{replyToId}), else append (POST …/activities); within
    /// <paramref name="budget"/>, or a budget of its own.
    /// </summary>
    public Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken, SendBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return CallAsync(HttpMethod.Post, activity, activity.ReplyToId, budget ?? StartBudget(), cancellationToken);
    }

    /// <summary>Replace one of the bot's own messages (PUT …/activities/{id}); <paramref name="activity"/> carries the id.</summary>
    public Task<ResourceResponse?> UpdateAsync(Activity activity, CancellationToken cancellationToken, SendBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        return CallAsync(HttpMethod.Put, activity, activity.Id, budget ?? StartBudget(), cancellationToken);
    }

    private async Task<ResourceResponse?> CallAsync(HttpMethod method, Activity activity, string? activityId, SendBudget budget, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            logger.SendSkippedNoAddress(method.Method, activity.Type);
            return null;
        }
        try
        {
            var uri = ConnectorUrls.Activities(activity.ServiceUrl, activity.Conversation.Id, activityId);
            var body = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);
            return await SendWithRetriesAsync(method, uri, activity.ServiceUrl, activity.Conversation.Id, body, budget, cancellationToken);
        }
        catch (UntrustedServiceUrlException)
        {
            // Already logged by the token provider; nothing goes to a serviceUrl we do not trust.
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.SendCrashed(ex, method.Method, activity.Type);
            return null;
        }
    }

    /// <summary>
    /// Every attempt and every wait of one send stays inside <paramref name="sendBudget"/>: an attempt gets
    /// at most what remains, and a wait (a Retry-After as sent, or the backoff) that would leave less than
    /// <see cref="MinimumAttempt"/> for the next attempt ends the send at once.
    /// </summary>
    private async Task<ResourceResponse?> SendWithRetriesAsync(HttpMethod method, Uri uri, string serviceUrl, string conversationId, byte[] body, SendBudget sendBudget, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = httpClientFactory.CreateClient(HttpClientName);
        string? refreshedToken = null;
        for (var attempt = 1; ; attempt++)
        {
            // A conversation the channel throttled lately waits for its turn; that wait is part of the budget too.
            if (!await pacer.WaitTurnAsync(conversationId, sendBudget.Remaining - MinimumAttempt, cancellationToken))
            {
                logger.SendOutOfBudget(method.Method, "paced", attempt, TimeSpan.Zero, sendBudget.Total);
                return null;
            }

            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(sendBudget.Remaining);
            int? status = null;
            TimeSpan? retryAfter = null;
            Exception? error = null;
            try
            {
                using var request = new HttpRequestMessage(method, uri) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                var token = refreshedToken ?? await tokenProvider.GetTokenAsync(serviceUrl, budget.Token);
                if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

                using var response = await client.SendAsync(request, budget.Token);
                if (response.IsSuccessStatusCode) return await ReadResourceResponseAsync(response, budget.Token);

                // A 401 may mean a revoked token: refresh once and resend at once (PROTOCOL.md §3.3).
                if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && refreshedToken is null
                    && await tokenProvider.RefreshTokenAsync(serviceUrl, token, budget.Token) is { } fresh)
                {
                    logger.SendUnauthorizedRetrying(method.Method);
                    refreshedToken = fresh;
                    attempt--;
                    continue;
                }

                status = (int)response.StatusCode;
                if (response.StatusCode == HttpStatusCode.TooManyRequests) pacer.Throttled(conversationId);
                if (!IsTransient(response.StatusCode))
                {
                    logger.SendFailed(method.Method, status.Value, attempt);
                    return null;
                }
                retryAfter = RetryAfter(response);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // A network failure, the attempt's RequestTimeout, or the end of the send budget.
                error = ex;
            }

            if (attempt > settings.MaxRetries)
            {
                if (error is null) logger.SendFailed(method.Method, status!.Value, attempt);
                else logger.SendUnreachable(error, method.Method, attempt);
                return null;
            }
            var reason = error?.GetType().Name ?? status!.Value.ToString(CultureInfo.InvariantCulture);
            var wait = retryAfter ?? Backoff(settings, attempt);
            if (wait + MinimumAttempt > sendBudget.Remaining)
            {
                logger.SendOutOfBudget(method.Method, reason, attempt, wait, sendBudget.Total);
                return null;
            }
            if (error is null) logger.SendRetrying(method.Method, status!.Value, attempt);
            else logger.SendRetryingAfterError(method.Method, reason, attempt);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    // Teams documents 412, 429, 502 and 504 as retryable; other 5xx are retried as well (PROTOCOL.md §3.4).
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;

    /// <summary>The channel's Retry-After, honoured as sent (not capped: retrying earlier only earns another 429).</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
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

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Typing and some channels answer with an empty or non-JSON body; the id is optional anyway.
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) return new ResourceResponse();
        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(text, ProtocolJson.Options) ?? new ResourceResponse();
        }
        catch (JsonException)
        {
            return new ResourceResponse();
        }
    }
}
