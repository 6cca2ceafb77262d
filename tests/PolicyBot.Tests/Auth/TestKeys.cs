using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Tests.Auth;

/// <summary>RSA signing keys made in the test process, and tokens signed with them (PROTOCOL.md §4.5).</summary>
public static class TestKeys
{
    public const string AppId = "6f1d2c3b-0000-4a5b-8c9d-0123456789ab";
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    public static RsaSecurityKey Channel { get; } = Create("channel-1");

    /// <summary>A key the metadata server only starts to publish after a rollover.</summary>
    public static RsaSecurityKey Rolled { get; } = Create("channel-2");

    /// <summary>Same key id as <see cref="Channel"/>, different key: a forged signature.</summary>
    public static RsaSecurityKey Impostor { get; } = Create("channel-1");

    public static RsaSecurityKey Emulator { get; } = Create("emulator-1");

    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>The JWKS entry for <paramref name="key"/>, with <c>endorsements</c> unless null.</summary>
    public static JsonObject Jwk(RsaSecurityKey key, params string[]? endorsements)
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.Rsa.ExportParameters(false)) { KeyId = key.KeyId });
        var json = new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = key.KeyId, ["n"] = jwk.N, ["e"] = jwk.E };
        if (endorsements is not null) json["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
        return json;
    }

    /// <summary>A token as the Bot Connector signs it; every part can be spoiled for negative tests.</summary>
    public static string ChannelToken(
        string serviceUrl,
        RsaSecurityKey? key = null,
        string issuer = ChannelIssuer,
        string audience = AppId,
        DateTime? expires = null,
        DateTime? notBefore = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl };
        return Sign(key ?? Channel, issuer, audience, claims, expires, notBefore, algorithm);
    }

    /// <summary>
    /// A token the Emulator gets from Entra ID for scope <c>{appId}/.default</c>: v1 carries <c>appid</c>, v2 carries
    /// <c>azp</c>; a null <paramref name="version"/> leaves out <c>ver</c> (and names the app in <c>appid</c>).
    /// </summary>
    public static string EmulatorToken(string? version, string appId = AppId, string? issuer = null, string audience = AppId, string? scope = null)
    {
        var claims = new Dictionary<string, object> { [version == "2.0" ? "azp" : "appid"] = appId };
        if (version is not null) claims["ver"] = version;
        if (scope is not null) claims["scp"] = scope;
        return Sign(Emulator, issuer ?? (version == "2.0" ? EmulatorIssuerV2 : EmulatorIssuerV1), audience, claims, null, null, SecurityAlgorithms.RsaSha256);
    }

    private static string Sign(SecurityKey key, string issuer, string audience, Dictionary<string, object> claims, DateTime? expires, DateTime? notBefore, string algorithm)
    {
        var now = DateTime.UtcNow;
        var exp = expires ?? now.AddHours(1);
        var nbf = notBefore ?? (exp < now ? exp.AddHours(-1) : now.AddMinutes(-1));
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = nbf,
            NotBefore = nbf,
            Expires = exp,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    internal static RsaSecurityKey Create(string kid) => new(RSA.Create(2048)) { KeyId = kid };
}
