using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyBot.Tests.Auth;

/// <summary>
/// Stands in for login.botframework.com and login.microsoftonline.com on real Kestrel at 127.0.0.1: OpenID metadata and
/// JWKS (with endorsements) for the channel and the Emulator, and a client-credentials token endpoint.
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

    public string TokenEndpoint => Url + "/{tenant}/oauth2/v2.0/token";

    /// <summary>How often the given path (e.g. <c>/channel/keys</c>) was requested.</summary>
    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>The n-th access token the endpoint handed out (1-based).</summary>
    public static string IssuedToken(int n) => $"app-token-{n}";

    public string[] Settings() =>
    [
        $"MicrosoftAppId={TestKeys.AppId}",
        "MicrosoftAppPassword=s3cret",
        $"Auth:ChannelOpenIdMetadataUrl={ChannelMetadataUrl}",
        $"Auth:EmulatorOpenIdMetadataUrl={EmulatorMetadataUrl}",
        $"Auth:TokenEndpoint={TokenEndpoint}",
    ];

    public static async Task<FakeIdentityServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeIdentityServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
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

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
