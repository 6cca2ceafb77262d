using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using PolicyBot.Bot.Hosting;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// The SDK's decision procedure for <c>/api/messages</c> (PROTOCOL.md §4.1): anonymous only when no app id is configured
/// and no header is sent; otherwise exactly <c>Bearer &lt;jwt&gt;</c>, routed by issuer to the Emulator or channel checks.
/// A serviceUrl that arrives on an authenticated activity becomes trusted for outbound tokens.
/// </summary>
public sealed class InboundAuthenticator(
    IOptions<BotCredentials> credentials,
    ChannelTokenValidator channel,
    EmulatorTokenValidator emulator,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<InboundAuthenticator> logger)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<InboundAuthResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var anonymous = credentials.Value.IsAnonymous;
        if (string.IsNullOrWhiteSpace(authorization))
            return anonymous ? InboundAuthResult.Authenticated("anonymous") : InboundAuthResult.Unauthorized("no Authorization header");
        if (anonymous) return InboundAuthResult.Unauthorized("Authorization header sent to a bot without MicrosoftAppId");

        var parts = authorization.Split(' ');
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
            return InboundAuthResult.Unauthorized("malformed Authorization header");
        if (!Handler.CanReadToken(parts[1])) return InboundAuthResult.Unauthorized("unreadable token");

        JsonWebToken token;
        try
        {
            token = Handler.ReadJsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return InboundAuthResult.Unauthorized("unreadable token");
        }

        InboundAuthResult result;
        try
        {
            result = emulator.IsEmulatorIssuer(token.Issuer)
                ? await emulator.ValidateAsync(token, cancellationToken)
                : await channel.ValidateAsync(token, activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Fail closed: without keys nothing can be verified.
            logger.SigningKeysUnavailable(ex.GetType().Name);
            return InboundAuthResult.Unauthorized("signing keys unavailable");
        }

        if (result.Succeeded) trustedServiceUrls.Trust(activity.ServiceUrl);
        return result;
    }
}
