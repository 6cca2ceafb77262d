using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Auth;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Auth;

/// <summary>
/// Stands in for login.botframework.com and login.microsoftonline.com on real Kestrel at 127.0.0.1: OpenID metadata and
/// JWKS (with endorsements) for the channel and the Emulator over http, a client-credentials token endpoint over https
/// (MSAL accepts no other authority) with a certificate made in the test, and an App Service managed identity endpoint.
/// Counts every request by path so tests can assert how often keys and tokens were fetched.
/// </summary>
public sealed class FakeIdentityServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _tokenRequests = new();
    private int _tokens;

    private FakeIdentityServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>The same server over https, with <see cref="Certificate"/>.</summary>
    public string HttpsUrl { get; private set; } = "";

    /// <summary>
    /// The servers' self-signed TLS certificate for 127.0.0.1, made once per test run (an RSA key takes a while on a
    /// busy machine); the bot under test trusts exactly this one.
    /// </summary>
    public static X509Certificate2 Certificate { get; } = TestCertificates.SelfSigned("CN=127.0.0.1", serverFor: IPAddress.Loopback);

    /// <summary>The header value a managed identity request must carry, as App Service sets it in IDENTITY_HEADER.</summary>
    public string IdentityHeader { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The channel JWKS entries served right now; swap it to simulate a key rollover.</summary>
    public JsonArray ChannelKeys { get; set; } = [TestKeys.Jwk(TestKeys.Channel, "msteams", "emulator", "webchat")];

    public JsonArray EmulatorKeys { get; set; } = [TestKeys.Jwk(TestKeys.Emulator, null)];

    /// <summary>Lifetime of issued app tokens, in seconds.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3599;

    /// <summary>Answer token requests with 401 <c>invalid_client</c>, as Entra does for a wrong secret.</summary>
    public bool RejectCredentials { get; set; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> TokenRequests => [.. _tokenRequests];

    public string ChannelMetadataUrl => Url + "/channel/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => Url + "/emulator/.well-known/openid-configuration";

    public string Authority => HttpsUrl + "/{tenant}";

    /// <summary>The managed identity endpoint, for IDENTITY_ENDPOINT.</summary>
    public string ManagedIdentityEndpoint => Url + "/msi/token";

    /// <summary>The bot's MSAL client trusts this server's certificate, and only for this server.</summary>
    public void TrustFrom(IServiceCollection services) =>
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == Certificate.Thumbprint,
            },
        });

    /// <summary>How often the given path (e.g. <c>/channel/keys</c>) was requested.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>The n-th access token the endpoint handed out (1-based).</summary>
    public static string IssuedToken(int n) => $"app-token-{n}";

    public string[] Settings() =>
    [
        $"MicrosoftAppId={TestKeys.AppId}",
        "MicrosoftAppPassword=s3cret",
        .. KeySettings(),
    ];

    /// <summary>Where keys and tokens come from, without any credential.</summary>
    public string[] KeySettings() =>
    [
        $"Auth:ChannelOpenIdMetadataUrl={ChannelMetadataUrl}",
        $"Auth:EmulatorOpenIdMetadataUrl={EmulatorMetadataUrl}",
        $"Auth:Authority={Authority}",
    ];

    public static async Task<FakeIdentityServer> StartAsync()
    {
        FakeIdentityServer? server = null;
        var (_, addresses) = await LoopbackServer.StartAsync(app => (server = new FakeIdentityServer(app)).HandleAsync, kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(Certificate));
        });
        server!.Url = addresses.Single(a => a.StartsWith("http:", StringComparison.Ordinal));
        server.HttpsUrl = addresses.Single(a => a.StartsWith("https:", StringComparison.Ordinal));
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        JsonNode? body = path switch
        {
            "/channel/.well-known/openidconfiguration" => Metadata(TestKeys.ChannelIssuer, "/channel/keys"),
            "/channel/keys" => new JsonObject { ["keys"] = ChannelKeys.DeepClone() },
            "/emulator/.well-known/openid-configuration" => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "/emulator/keys"),
            "/emulator/keys" => new JsonObject { ["keys"] = EmulatorKeys.DeepClone() },
            _ when path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) && HttpMethods.IsPost(context.Request.Method) => await IssueTokenAsync(context),
            "/msi/token" when HttpMethods.IsGet(context.Request.Method) => IssueManagedIdentityToken(context),
            _ => null,
        };
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private JsonObject Metadata(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = Url + keysPath,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    };

    private async Task<JsonNode> IssueTokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var fields = form.ToDictionary(f => f.Key, f => f.Value.ToString());
        fields["path"] = context.Request.Path.Value!;
        _tokenRequests.Enqueue(fields);
        if (RejectCredentials)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." };
        }
        return new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = TokenLifetimeSeconds,
            ["access_token"] = IssuedToken(Interlocked.Increment(ref _tokens)),
        };
    }

    /// <summary>App Service's managed identity protocol (api-version 2019-08-01): a GET with the secret header.</summary>
    private JsonNode IssueManagedIdentityToken(HttpContext context)
    {
        var fields = context.Request.Query.ToDictionary(f => f.Key, f => f.Value.ToString());
        fields["path"] = context.Request.Path.Value!;
        fields["X-IDENTITY-HEADER"] = context.Request.Headers["X-IDENTITY-HEADER"].ToString();
        _tokenRequests.Enqueue(fields);
        if (RejectCredentials || fields["X-IDENTITY-HEADER"] != IdentityHeader)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return new JsonObject { ["error"] = "invalid_request", ["error_description"] = "Unknown identity." };
        }
        return new JsonObject
        {
            ["token_type"] = "Bearer",
            ["resource"] = fields.GetValueOrDefault("resource"),
            ["expires_on"] = DateTimeOffset.UtcNow.AddSeconds(TokenLifetimeSeconds).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["access_token"] = IssuedToken(Interlocked.Increment(ref _tokens)),
        };
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
