using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Protocol;
using PolicyBot.Bot.Telemetry;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PolicyBot.Bot.Connector;

/// <summary>
/// Outbound Connector REST v3 calls to an activity's <c>serviceUrl</c> (PROTOCOL.md §3). Transient failures are
/// retried with backoff within a total send budget (<see cref="ConnectorResilience"/>); a send that still fails is
/// logged and reported as null, never thrown into the turn.
/// </summary>
public sealed class ConnectorClient(
    IHttpMessageHandlerFactory handlerFactory,
    IOptions<ConnectorOptions> options,
    TimeProvider time,
    PolicyBotMetrics metrics,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "BotConnector";

    private const string JsonContentType = "application/json; charset=utf-8";

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
            using var body = ActivityBody.Write(activity);
            return await SendWithRetriesAsync(method, uri, activity.ServiceUrl, activity.Conversation.Id, body.Json, budget, cancellationToken);
        }
        catch (UntrustedServiceUrlException)
        {
            // Already logged by the token provider; nothing goes to a serviceUrl we do not trust.
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            metrics.ConnectorFailure(method.Method, "crashed");
            logger.SendCrashed(ex, method.Method, activity.Type);
            return null;
        }
    }

    /// <summary>
    /// One send through the resilience pipeline (<see cref="ConnectorResilience"/>: retries, per-attempt timeouts) and
    /// <see cref="ConnectorAttemptHandler"/> (pacing, token, the 401 refresh); every attempt and wait stays inside
    /// <paramref name="sendBudget"/>. What did not arrive is logged once here, with the reason the retries stopped.
    /// </summary>
    private async Task<ResourceResponse?> SendWithRetriesAsync(HttpMethod method, Uri uri, string serviceUrl, string conversationId, ReadOnlyMemory<byte> body, SendBudget sendBudget, CancellationToken cancellationToken)
    {
        var send = new ConnectorSend(serviceUrl, conversationId, sendBudget);
        using var request = new HttpRequestMessage(method, uri) { Content = new ReadOnlyMemoryContent(body) };
        // The value as MediaTypeHeaderValue writes it, without parsing and building one on every send.
        request.Content.Headers.TryAddWithoutValidation("Content-Type", JsonContentType);
        request.Options.Set(ConnectorSend.Key, send);
        try
        {
            // The factory's handler chain without an HttpClient around it: a client would bring a token source of its
            // own on every send, which the pipeline's attempt timeout then links to (docs/performance-history.md).
            using var invoker = new HttpMessageInvoker(handlerFactory.CreateHandler(HttpClientName), disposeHandler: false);
            using var response = await invoker.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode) return await ReadResourceResponseAsync(response, cancellationToken);
            Failed(method, send, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            if (send.OutOfBudget is null) logger.SendFailed(method.Method, (int)response.StatusCode, send.Attempts);
            return null;
        }
        catch (BrokenCircuitException)
        {
            metrics.ConnectorFailure(method.Method, "circuit-open");
            logger.SendCircuitOpen(method.Method);
            return null;
        }
        catch (ConversationPacedException)
        {
            metrics.ConnectorFailure(method.Method, "paced");
            logger.SendOutOfBudget(method.Method, "paced", send.Attempts, TimeSpan.Zero, sendBudget.Total);
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A network failure, the last attempt's timeout, or the end of the send budget.
            Failed(method, send, ex.GetType().Name);
            if (send.OutOfBudget is null) logger.SendUnreachable(ex, method.Method, send.Attempts);
            return null;
        }
    }

    private void Failed(HttpMethod method, ConnectorSend send, string reason)
    {
        if (send.OutOfBudget is { } stop)
        {
            metrics.ConnectorFailure(method.Method, "budget");
            logger.SendOutOfBudget(method.Method, stop.Reason, send.Attempts, stop.Wait, send.Budget.Total);
        }
        else
        {
            metrics.ConnectorFailure(method.Method, reason);
        }
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        ParseResourceResponse(await response.Content.ReadAsByteArrayAsync(cancellationToken));

    /// <summary>
    /// Typing and some channels answer with an empty or non-JSON body; the id is optional anyway. JSON arrives as UTF-8
    /// (RFC 8259), so the bytes are parsed as they are, not decoded to a string and encoded back.
    /// </summary>
    private static ResourceResponse ParseResourceResponse(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8)) body = body[3..];
        if (body.Trim(" \t\r\n"u8).IsEmpty) return new ResourceResponse();
        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(body, ProtocolJson.Options) ?? new ResourceResponse();
        }
        catch (JsonException)
        {
            return new ResourceResponse();
        }
    }
}
