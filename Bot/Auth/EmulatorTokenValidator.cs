using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using PolicyBot.Bot.Hosting;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Tokens the Emulator gets from Entra ID with the bot's own credentials (PROTOCOL.md §4.3): a known issuer, signature,
/// lifetime, and the app id in <c>appid</c> (v1 tokens) or <c>azp</c> (v2). No endorsements, no audience (as the SDK).
/// </summary>
public sealed class EmulatorTokenValidator
{
    private static readonly string[] BotFrameworkTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    private readonly OpenIdMetadataCache _metadata;
    private readonly AuthOptions _options;
    private readonly string? _appId;
    private readonly string[] _issuers;

    public EmulatorTokenValidator(IDocumentRetriever retriever, IOptions<AuthOptions> options, IOptions<BotCredentials> credentials, TimeProvider time, ILogger<EmulatorTokenValidator> logger)
    {
        _options = options.Value;
        _appId = credentials.Value.MicrosoftAppId;
        _metadata = new OpenIdMetadataCache(_options.EmulatorOpenIdMetadataUrl, retriever, _options, time, logger);
        // Only the configured tenant is added, not whatever tenant the token names.
        var tenants = string.IsNullOrWhiteSpace(credentials.Value.MicrosoftAppTenantId)
            ? BotFrameworkTenants
            : [.. BotFrameworkTenants, credentials.Value.MicrosoftAppTenantId.Trim()];
        _issuers = [.. tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })];
    }

    public bool IsEmulatorIssuer(string? issuer) => issuer is not null && _issuers.Contains(issuer, StringComparer.Ordinal);

    public async Task<InboundAuthResult> ValidateAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        var outcome = await SignedTokenValidation.ValidateAsync(token, _metadata, configuration =>
        {
            var parameters = SignedTokenValidation.Parameters(configuration, _options);
            parameters.ValidIssuers = _issuers;
            parameters.ValidateAudience = false;
            return parameters;
        }, cancellationToken);
        if (outcome.Problem is not null) return InboundAuthResult.Unauthorized(outcome.Problem);

        var validated = outcome.Token!;
        validated.TryGetPayloadValue<string>("ver", out var version);
        var appIdClaim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null) return InboundAuthResult.Unauthorized("emulator token version");
        if (!validated.TryGetPayloadValue<string>(appIdClaim, out var appId) || !string.Equals(appId, _appId, StringComparison.Ordinal))
            return InboundAuthResult.Forbidden($"emulator token {appIdClaim} is not this bot");
        return InboundAuthResult.Authenticated("emulator");
    }
}
