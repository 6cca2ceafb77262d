using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Tokens from the Bot Connector (Teams, Direct Line, Web Chat), PROTOCOL.md §4.2: the cloud's issuer, audience = app id, lifetime,
/// signature, a key endorsed for the activity's channel and a <c>serviceurl</c> claim equal to the activity's.
/// </summary>
public sealed class ChannelTokenValidator
{
    private readonly OpenIdMetadataCache _metadata;
    private readonly AuthOptions _options;
    private readonly string? _appId;
    private readonly string _issuer;

    public ChannelTokenValidator(IDocumentRetriever retriever, IOptions<AuthOptions> options, IOptions<BotCredentials> credentials, BotCloud cloud, TimeProvider time, ILogger<ChannelTokenValidator> logger)
    {
        _options = options.Value;
        _issuer = cloud.ChannelIssuer;
        _appId = credentials.Value.MicrosoftAppId;
        _metadata = new OpenIdMetadataCache(_options.ChannelOpenIdMetadataUrl, retriever, _options, time, logger);
    }

    public async Task<InboundAuthResult> ValidateAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token.Kid)) return InboundAuthResult.Unauthorized("channel token without key id");

        var outcome = await SignedTokenValidation.ValidateAsync(token, _metadata, configuration =>
        {
            var parameters = SignedTokenValidation.Parameters(configuration, _options);
            parameters.ValidIssuer = _issuer;
            parameters.ValidateAudience = true;
            parameters.ValidAudience = _appId;
            return parameters;
        }, cancellationToken);
        if (outcome.Problem is not null) return InboundAuthResult.Unauthorized(outcome.Problem);

        if (!string.IsNullOrEmpty(activity.ChannelId) && !Endorsements.Endorses(outcome.Key, activity.ChannelId))
            return InboundAuthResult.Forbidden("signing key not endorsed for the channel");
        if (!outcome.Token!.TryGetPayloadValue<string>("serviceurl", out var serviceUrl)
            || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            return InboundAuthResult.Forbidden("serviceurl claim does not match the activity");
        return InboundAuthResult.Authenticated(InboundAuthResult.ChannelPath);
    }
}
