using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PolicyBot.Tests.Auth;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Editor;

/// <summary>
/// Stands in for Entra ID's sign-in on real Kestrel at 127.0.0.1: the tenant's OpenID discovery document, its signing
/// keys, an authorize endpoint that signs in <see cref="User"/> at once (answering with the form post Entra sends) and a
/// token endpoint that redeems the code for an id token signed with a key made in the test.
/// </summary>
public sealed class FakeEntraServer : IAsyncDisposable
{
    public const string TenantId = "72f988bf-0000-4a5b-8c9d-0123456789ab";
    public const string ClientId = "0e1d2c3b-1111-4a5b-8c9d-0123456789ab";

    private static readonly RsaSecurityKey SigningKey = TestKeys.Create("entra-1");
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (string Nonce, SignedInUser User)> _codes = new();

    private FakeEntraServer(WebApplication app) => _app = app;

    /// <summary>Who signs in next: an object id and the groups and app roles the id token will carry.</summary>
    public sealed record SignedInUser(string ObjectId, IReadOnlyList<string> Groups, IReadOnlyList<string> Roles);

    public SignedInUser User { get; set; } = new("00000000-0000-0000-0000-0000000000e1", [], []);

    public string Url { get; private set; } = "";

    /// <summary>The latest authorize request's form post (code and state), for tests that sign in without a browser.</summary>
    public IReadOnlyDictionary<string, string> LastFormPost { get; private set; } = new Dictionary<string, string>();

    /// <summary>The bot's <c>Editor:SignIn</c> settings for this server.</summary>
    public string[] Settings() =>
    [
        $"Editor:SignIn:Instance={Url}/",
        $"Editor:SignIn:TenantId={TenantId}",
        $"Editor:SignIn:ClientId={ClientId}",
        "Editor:SignIn:ClientSecret=editor-s3cret",
    ];

    public static async Task<FakeEntraServer> StartAsync()
    {
        FakeEntraServer? server = null;
        var (_, addresses) = await LoopbackServer.StartAsync(app => (server = new FakeEntraServer(app)).HandleAsync);
        server!.Url = addresses.Single();
        return server;
    }

    public string Issuer => $"{Url}/{TenantId}/v2.0";

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path == $"/{TenantId}/v2.0/.well-known/openid-configuration") await context.Response.WriteAsync(Discovery().ToJsonString());
        else if (path == "/discovery/v2.0/keys") await context.Response.WriteAsync(new JsonObject { ["keys"] = new JsonArray(TestKeys.Jwk(SigningKey, null)) }.ToJsonString());
        else if (path == $"/{TenantId}/oauth2/v2.0/authorize") await AuthorizeAsync(context);
        else if (path == $"/{TenantId}/oauth2/v2.0/token" && HttpMethods.IsPost(context.Request.Method)) await TokenAsync(context);
        else context.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private JsonObject Discovery() => new()
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = $"{Url}/{TenantId}/oauth2/v2.0/authorize",
        ["token_endpoint"] = $"{Url}/{TenantId}/oauth2/v2.0/token",
        ["end_session_endpoint"] = $"{Url}/{TenantId}/oauth2/v2.0/logout",
        ["jwks_uri"] = $"{Url}/discovery/v2.0/keys",
        ["response_modes_supported"] = new JsonArray("query", "fragment", "form_post"),
        ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token"),
        ["subject_types_supported"] = new JsonArray("pairwise"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
    };

    // Entra shows its sign-in page here; this one signs the configured user in at once and posts back as Entra does
    private async Task AuthorizeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var code = Guid.NewGuid().ToString("N");
        _codes[code] = (query["nonce"].ToString(), User);
        var fields = new Dictionary<string, string> { ["code"] = code, ["state"] = query["state"].ToString() };
        if (query["response_type"].ToString().Contains("id_token", StringComparison.Ordinal)) fields["id_token"] = IdToken(query["nonce"].ToString(), User, code);
        LastFormPost = fields;
        var inputs = string.Concat(fields.Select(f => $"<input type=\"hidden\" name=\"{f.Key}\" value=\"{WebUtility.HtmlEncode(f.Value)}\">"));
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!doctype html><html><body onload="document.forms[0].submit()">
            <form method="post" action="{WebUtility.HtmlEncode(query["redirect_uri"].ToString())}">{inputs}</form></body></html>
            """);
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        if (form["grant_type"] != "authorization_code" || !_codes.TryRemove(form["code"].ToString(), out var issued) || form["client_id"] != ClientId)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(new JsonObject { ["error"] = "invalid_grant" }.ToJsonString());
            return;
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3599,
            ["access_token"] = "editor-access-token",
            ["id_token"] = IdToken(issued.Nonce, issued.User),
        }.ToJsonString());
    }

    /// <param name="code">With the code beside it in the same answer (the hybrid flow), the token carries its hash.</param>
    private string IdToken(string nonce, SignedInUser user, string? code = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["nonce"] = nonce,
            ["tid"] = TenantId,
            ["oid"] = user.ObjectId,
            ["sub"] = "sub-" + user.ObjectId,
            ["ver"] = "2.0",
            ["name"] = "Comms Officer",
            ["preferred_username"] = "comms@contoso.example",
        };
        if (code is not null) claims["c_hash"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(code))[..16]);
        if (user.Groups.Count > 0) claims["groups"] = user.Groups.ToArray();
        if (user.Roles.Count > 0) claims["roles"] = user.Roles.ToArray();
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = ClientId,
            Claims = claims,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
