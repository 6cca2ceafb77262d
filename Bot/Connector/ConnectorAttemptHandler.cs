using System.Net;
using System.Net.Http.Headers;

namespace PolicyBot.Bot.Connector;

/// <summary>
/// One attempt of a Connector call, inside the resilience pipeline's retries: waits its turn in a conversation the
/// channel throttled (<see cref="ConversationPacer"/>), adds the app token, and after a 401 resends once at once with a
/// fresh token (PROTOCOL.md §3.3), which is not a retry: the token was stale, not the channel.
/// </summary>
public sealed class ConnectorAttemptHandler(IOutboundTokenProvider tokenProvider, ConversationPacer pacer, ILogger<ConnectorAttemptHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(ConnectorSend.Key, out var send)) return await base.SendAsync(request, cancellationToken);
        send.Attempts++;
        // A conversation the channel throttled lately waits for its turn; that wait is part of the budget too.
        if (!await pacer.WaitTurnAsync(send.ConversationId, send.Budget.Remaining - ConnectorClient.MinimumAttempt, cancellationToken))
            throw new ConversationPacedException();

        var token = await tokenProvider.GetTokenAsync(send.ServiceUrl, cancellationToken);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && !send.TokenRefreshed
            && await tokenProvider.RefreshTokenAsync(send.ServiceUrl, token, cancellationToken) is { } fresh)
        {
            send.TokenRefreshed = true;
            logger.SendUnauthorizedRetrying(request.Method.Method);
            response.Dispose();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
            response = await base.SendAsync(request, cancellationToken);
        }
        if (response.StatusCode == HttpStatusCode.TooManyRequests) pacer.Throttled(send.ConversationId);
        if (response.IsSuccessStatusCode) await ReadBodyAsync(response, cancellationToken);
        return response;
    }

    /// <summary>
    /// The body is read inside the attempt, so the attempt's timeout covers it too: a channel that sends its headers and
    /// then stalls is an attempt that timed out (and is retried within the budget), not a turn that hangs.
    /// </summary>
    private static async Task ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}

/// <summary>The conversation is paced after a 429 and its turn would not come within the send budget.</summary>
public sealed class ConversationPacedException : Exception;
