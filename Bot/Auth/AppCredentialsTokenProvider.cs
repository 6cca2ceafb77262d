using System.Text.Json;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Hosting;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Outbound app tokens by the client-credentials flow (PROTOCOL.md §3.3), cached until
/// <see cref="AuthOptions.TokenRefreshMargin"/> before expiry and refreshed single-flight. The token only goes to a
/// trusted serviceUrl (§3.5); an Emulator-path one gets no token.
/// </summary>
public sealed class AppCredentialsTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<BotCredentials> credentials,
    IOptions<AuthOptions> options,
    TrustedServiceUrls trustedServiceUrls,
    BotCloud cloud,
    TimeProvider time,
    ILogger<AppCredentialsTokenProvider> logger) : IOutboundTokenProvider
{
    public const string HttpClientName = "BotAuthToken";

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private CachedToken? _cached;

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
        if (Usable(Volatile.Read(ref _cached), rejected) is { } token) return token;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Usable(_cached, rejected) is { } refreshed) return refreshed;
            var fresh = await RequestTokenAsync(cancellationToken);
            Volatile.Write(ref _cached, fresh);
            return fresh.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private string? Usable(CachedToken? cached, string? rejected) =>
        cached is not null && cached.Token != rejected && time.GetUtcNow() < cached.RenewAt ? cached.Token : null;

    private async Task<CachedToken> RequestTokenAsync(CancellationToken cancellationToken)
    {
        var settings = credentials.Value;
        var tenant = string.Equals(settings.MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase)
            ? settings.MicrosoftAppTenantId!.Trim()
            : cloud.TokenTenant;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.MicrosoftAppId!,
            ["client_secret"] = settings.MicrosoftAppPassword ?? "",
            ["scope"] = options.Value.OAuthScope,
        });
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.PostAsync(options.Value.TokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenant), StringComparison.Ordinal), form, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var parsed = TokenResponse.Parse(body);
        if (!response.IsSuccessStatusCode || parsed.AccessToken is null)
        {
            logger.OutboundTokenFailed((int)response.StatusCode, parsed.Error ?? "no access_token");
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode} ({parsed.Error ?? "no access_token"}).");
        }

        var lifetime = TimeSpan.FromSeconds(Math.Max(parsed.ExpiresIn, 0));
        var margin = options.Value.TokenRefreshMargin;
        logger.OutboundTokenIssued(tenant, lifetime);
        // A short-lived token is used for half its life rather than not at all.
        return new CachedToken(parsed.AccessToken, time.GetUtcNow() + (lifetime > margin * 2 ? lifetime - margin : lifetime / 2));
    }

    private void EnsureTrusted(string serviceUrl)
    {
        if (trustedServiceUrls.IsTrusted(serviceUrl)) return;
        var host = Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.Host : "(invalid)";
        logger.UntrustedServiceUrl(host);
        throw new UntrustedServiceUrlException(host);
    }

    private sealed record CachedToken(string Token, DateTimeOffset RenewAt);

    private sealed record TokenResponse(string? AccessToken, double ExpiresIn, string? Error)
    {
        public static TokenResponse Parse(string body)
        {
            try
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                return new TokenResponse(Str(root, "access_token"), Number(root, "expires_in") ?? 3599, Str(root, "error"));
            }
            catch (JsonException)
            {
                return new TokenResponse(null, 0, null);
            }
        }

        private static string? Str(JsonElement root, string name) =>
            root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        // Entra answers a number; some proxies answer a string.
        private static double? Number(JsonElement root, string name) =>
            root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var v) ? null
            : v.ValueKind == JsonValueKind.Number ? v.GetDouble()
            : v.ValueKind == JsonValueKind.String && double.TryParse(v.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d
            : null;
    }
}
