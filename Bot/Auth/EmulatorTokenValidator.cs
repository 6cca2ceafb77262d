using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Tokens the Emulator gets from Entra ID with the bot's own credentials (PROTOCOL.md §4.3): a known issuer of the cloud,
/// signature, lifetime, a <c>ver</c> claim and the app id in <c>appid</c> (v1) or <c>azp</c> (v2), as the SDK checks.
/// Stricter than the SDK: the audience must be the app id and the token an app token (no <c>scp</c>), so only the bot's
/// own credentials can make one, and the activity must be the Emulator's. Off outside Development unless
/// <c>Bot:AllowEmulator</c>.
/// </summary>
public sealed class EmulatorTokenValidator
{
    public const string ChannelId = "emulator";

    private readonly OpenIdMetadataCache _metadata;
    private readonly AuthOptions _options;
    private readonly string? _appId;
    private readonly string[] _issuers;
    private readonly bool _enabled;

    public EmulatorTokenValidator(
        IDocumentRetriever retriever,
        IOptions<AuthOptions> options,
        IOptions<BotCredentials> credentials,
        IOptions<BotAccessOptions> bot,
        BotCloud cloud,
        IHostEnvironment environment,
        TimeProvider time,
        ILogger<EmulatorTokenValidator> logger)
    {
        _options = options.Value;
        _appId = credentials.Value.MicrosoftAppId;
        _metadata = new OpenIdMetadataCache(_options.EmulatorOpenIdMetadataUrl, retriever, _options, time, logger);
        _issuers = cloud.EmulatorIssuersFor(credentials.Value.MicrosoftAppTenantId);
        _enabled = environment.IsDevelopment() || bot.Value.AllowEmulator;
    }

    public bool IsEmulatorIssuer(string? issuer) => issuer is not null && _issuers.Contains(issuer, StringComparer.Ordinal);

    public async Task<InboundAuthResult> ValidateAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        if (!_enabled) return InboundAuthResult.Unauthorized("emulator token outside Development without Bot:AllowEmulator");
        // The Emulator always says so; an Emulator token must not speak for a Teams conversation (and its reference).
        if (!string.Equals(activity.ChannelId, ChannelId, StringComparison.Ordinal))
            return InboundAuthResult.Unauthorized("emulator token for another channel");

        var outcome = await SignedTokenValidation.ValidateAsync(token, _metadata, configuration =>
        {
            var parameters = SignedTokenValidation.Parameters(configuration, _options);
            parameters.ValidIssuers = _issuers;
            parameters.ValidateAudience = true;
            parameters.ValidAudience = _appId;
            return parameters;
        }, cancellationToken);
        if (outcome.Problem is not null) return InboundAuthResult.Unauthorized(outcome.Problem);

        var validated = outcome.Token!;
        // A delegated (user) token for the bot's API is not the Emulator speaking with the bot's credentials.
        if (validated.TryGetClaim("scp", out _)) return InboundAuthResult.Unauthorized("emulator token is delegated (scp)");
        if (!validated.TryGetPayloadValue<string>("ver", out var version)) return InboundAuthResult.Unauthorized("emulator token without ver");
        var appIdClaim = version switch
        {
            "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null) return InboundAuthResult.Unauthorized("emulator token version");
        if (!validated.TryGetPayloadValue<string>(appIdClaim, out var appId) || !string.Equals(appId, _appId, StringComparison.Ordinal))
            return InboundAuthResult.Forbidden($"emulator token {appIdClaim} is not this bot");
        return InboundAuthResult.Authenticated(InboundAuthResult.EmulatorPath);
    }
}
