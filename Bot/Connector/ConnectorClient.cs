using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Auth;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Connector;

/// <summary>
/// Outbound Connector REST v3 calls to an activity's <c>serviceUrl</c> (PROTOCOL.md §3). Transient failures are
/// retried with backoff; a send that still fails is logged and reported as null, never thrown into the turn.
/// </summary>
public sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IOutboundTokenProvider tokenProvider,
    IOptions<ConnectorOptions> options,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "BotConnector";

    /// <summary>Reply to <c>replyToId</c> when set (POST …/activities/{replyToId}), else append (POST …/activities).</summary>
    public Task<ResourceResponse?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return CallAsync(HttpMethod.Post, activity, activity.ReplyToId, cancellationToken);
    }

    /// <summary>Replace one of the bot's own messages (PUT …/activities/{id}); <paramref name="activity"/> carries the id.</summary>
    public Task<ResourceResponse?> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        return CallAsync(HttpMethod.Put, activity, activity.Id, cancellationToken);
    }

    private async Task<ResourceResponse?> CallAsync(HttpMethod method, Activity activity, string? activityId, CancellationToken cancellationToken)
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
            return await SendWithRetriesAsync(method, uri, activity.ServiceUrl, body, cancellationToken);
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

    private async Task<ResourceResponse?> SendWithRetriesAsync(HttpMethod method, Uri uri, string serviceUrl, byte[] body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = httpClientFactory.CreateClient(HttpClientName);
        string? refreshedToken = null;
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            try
            {
                using var request = new HttpRequestMessage(method, uri) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                var token = refreshedToken ?? await tokenProvider.GetTokenAsync(serviceUrl, cancellationToken);
                if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

                using var response = await client.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode) return await ReadResourceResponseAsync(response, cancellationToken);

                // A 401 may mean a revoked token: refresh once and resend at once (PROTOCOL.md §3.3).
                if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && refreshedToken is null
                    && await tokenProvider.RefreshTokenAsync(serviceUrl, token, cancellationToken) is { } fresh)
                {
                    logger.SendUnauthorizedRetrying(method.Method);
                    refreshedToken = fresh;
                    attempt--;
                    continue;
                }

                var status = (int)response.StatusCode;
                if (!IsTransient(response.StatusCode) || attempt >= settings.MaxRetries)
                {
                    logger.SendFailed(method.Method, status, attempt + 1);
                    return null;
                }
                retryAfter = RetryAfter(response);
                logger.SendRetrying(method.Method, status, attempt + 1);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                if (attempt >= settings.MaxRetries)
                {
                    logger.SendUnreachable(ex, method.Method, attempt + 1);
                    return null;
                }
                logger.SendRetryingAfterError(method.Method, ex.GetType().Name, attempt + 1);
            }
            await Task.Delay(Backoff(settings, attempt, retryAfter), cancellationToken);
        }
    }

    // Teams documents 412, 429, 502 and 504 as retryable; other 5xx are retried as well (PROTOCOL.md §3.4).
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    private static TimeSpan Backoff(ConnectorOptions settings, int attempt, TimeSpan? retryAfter)
    {
        var delay = retryAfter
            ?? settings.RetryBaseDelay * Math.Pow(2, attempt) * (0.8 + (Random.Shared.NextDouble() * 0.4));
        if (delay < TimeSpan.Zero) delay = TimeSpan.Zero;
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
