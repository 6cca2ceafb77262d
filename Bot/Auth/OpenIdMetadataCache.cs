using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// One OpenID metadata document and its signing keys, fetched once and kept for
/// <see cref="AuthOptions.MetadataRefreshInterval"/>. A token with an unknown key id may force one early fetch per
/// <see cref="AuthOptions.MetadataMinimumRefreshInterval"/> (key rollover). Fetches are single-flight, and a failed
/// fetch keeps the keys we had.
/// </summary>
public sealed class OpenIdMetadataCache(string metadataUrl, IDocumentRetriever retriever, AuthOptions options, TimeProvider time, ILogger logger)
{
    private readonly SemaphoreSlim _fetch = new(1, 1);
    private readonly Lock _gate = new();
    private OpenIdConnectConfiguration? _current;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset _lastAttempt;
    private DateTimeOffset _lastUnknownKeyRefresh = DateTimeOffset.MinValue;

    public async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        var now = time.GetUtcNow();
        if (current is not null && (now - _fetchedAt < options.MetadataRefreshInterval || now - _lastAttempt < options.MetadataMinimumRefreshInterval))
            return current;
        return await FetchAsync(previous: current, cancellationToken);
    }

    /// <summary>
    /// Fetches again because a token named a key that <paramref name="seen"/> does not have, unless the last
    /// refresh of this kind is recent; returns the configuration to use either way.
    /// </summary>
    public async Task<OpenIdConnectConfiguration> RefreshForUnknownKeyAsync(OpenIdConnectConfiguration seen, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (now - _lastUnknownKeyRefresh < options.MetadataMinimumRefreshInterval) return Volatile.Read(ref _current) ?? seen;
            _lastUnknownKeyRefresh = now;
        }
        return await FetchAsync(previous: seen, cancellationToken);
    }

    private async Task<OpenIdConnectConfiguration> FetchAsync(OpenIdConnectConfiguration? previous, CancellationToken cancellationToken)
    {
        await _fetch.WaitAsync(cancellationToken);
        try
        {
            // Someone else fetched while we waited: use theirs.
            if (_current is not null && !ReferenceEquals(_current, previous)) return _current;
            _lastAttempt = time.GetUtcNow();
            try
            {
                var fetched = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, cancellationToken);
                _fetchedAt = _lastAttempt;
                Volatile.Write(ref _current, fetched);
                logger.MetadataFetched(metadataUrl, fetched.SigningKeys.Count);
                return fetched;
            }
            catch (Exception ex) when (_current is not null && ex is not OperationCanceledException)
            {
                logger.MetadataFetchFailedKeepingKeys(metadataUrl, ex.GetType().Name);
                return _current;
            }
        }
        finally
        {
            _fetch.Release();
        }
    }
}
