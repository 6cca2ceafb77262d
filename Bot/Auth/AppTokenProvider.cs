using Microsoft.Identity.Client;
using PolicyBot.Bot.Connector;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Outbound app tokens (PROTOCOL.md §3.3) from <see cref="AppTokenSource"/>, one acquisition at a time so concurrent
/// sends wait for one token request. The token only goes to a trusted serviceUrl (§3.5); an Emulator-path one gets
/// no token. A token the Connector rejected (401) is dropped and a new one acquired, once per rejected token.
/// </summary>
public sealed class AppTokenProvider(
    AppTokenSource tokens,
    TrustedServiceUrls trustedServiceUrls,
    TimeProvider time,
    ILogger<AppTokenProvider> logger) : IOutboundTokenProvider, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _last;

    public Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        // An Emulator-path address gets the reply, with no Authorization header at all.
        if (!trustedServiceUrls.IsTrusted(serviceUrl) && trustedServiceUrls.IsAllowedWithoutToken(serviceUrl)) return Task.FromResult<string?>(null);
        EnsureTrusted(serviceUrl);
        return GetAsync(rejected: null, cancellationToken);
    }

    public Task<string?> RefreshTokenAsync(string serviceUrl, string rejectedToken, CancellationToken cancellationToken)
    {
        EnsureTrusted(serviceUrl);
        return GetAsync(rejectedToken, cancellationToken);
    }

    private async Task<string?> GetAsync(string? rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another send may have replaced the rejected token already; then MSAL's cache holds the new one.
            var result = await tokens.AcquireAsync(forceRefresh: rejected is not null && rejected == _last, cancellationToken);
            if (result.AuthenticationResultMetadata.TokenSource != TokenSource.Cache)
                logger.OutboundTokenIssued(tokens.Issuer, result.ExpiresOn - time.GetUtcNow());
            _last = result.AccessToken;
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            var status = ex is MsalServiceException service ? service.StatusCode : 0;
            logger.OutboundTokenFailed(status, ex.ErrorCode);
            // As a failed HTTP call, so the Connector client treats it like any other failure to reach the channel.
            throw new HttpRequestException($"No app token ({ex.ErrorCode}).", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void EnsureTrusted(string serviceUrl)
    {
        if (trustedServiceUrls.IsTrusted(serviceUrl)) return;
        var host = Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.Host : "(invalid)";
        logger.UntrustedServiceUrl(host);
        throw new UntrustedServiceUrlException(host);
    }

    public void Dispose() => _gate.Dispose();
}
