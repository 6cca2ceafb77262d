using System.Net;
using Microsoft.IdentityModel.Protocols;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Fetches OpenID metadata and key sets over the named <see cref="HttpClientName"/> client. HTTPS is required except
/// for loopback addresses, where tests serve their own keys.
/// </summary>
public sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public const string HttpClientName = "BotAuth";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri))))
            throw new IOException("Metadata addresses must be absolute https URLs.");

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, cancel);
        if (!response.IsSuccessStatusCode)
            throw new IOException($"Metadata request answered {(int)response.StatusCode}.");
        return await response.Content.ReadAsStringAsync(cancel);
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
}
