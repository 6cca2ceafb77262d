using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Signature, issuer, audience and lifetime of a JWT against the keys of one metadata cache (PROTOCOL.md §4.4).
/// A key id we do not know triggers at most one (rate-limited) key refresh before the token is rejected.
/// </summary>
internal static class SignedTokenValidation
{
    private static readonly JsonWebTokenHandler Handler = new();

    public static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>The validated token and the JWKS entry that signed it, or the reason it failed.</summary>
    public sealed record Outcome(JsonWebToken? Token, JsonWebKey? Key, string? Problem);

    public static async Task<Outcome> ValidateAsync(
        JsonWebToken token,
        OpenIdMetadataCache metadata,
        Func<OpenIdConnectConfiguration, TokenValidationParameters> parameters,
        CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(cancellationToken);
        if (!string.IsNullOrEmpty(token.Kid) && FindKey(configuration, token.Kid) is null)
        {
            configuration = await metadata.RefreshForUnknownKeyAsync(configuration, cancellationToken);
            if (FindKey(configuration, token.Kid) is null) return new(null, null, "unknown signing key");
        }

        var result = await Handler.ValidateTokenAsync(token.EncodedToken, parameters(configuration));
        if (!result.IsValid) return new(null, null, $"invalid token ({result.Exception?.GetType().Name ?? "unknown"})");
        return new((JsonWebToken)result.SecurityToken, string.IsNullOrEmpty(token.Kid) ? null : FindKey(configuration, token.Kid), null);
    }

    public static TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, AuthOptions options) => new()
    {
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ValidateIssuer = true,
        ClockSkew = options.ClockSkew,
    };

    private static JsonWebKey? FindKey(OpenIdConnectConfiguration configuration, string kid) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
}
