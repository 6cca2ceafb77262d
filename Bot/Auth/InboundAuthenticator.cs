using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// The SDK's decision procedure for <c>/api/messages</c> (PROTOCOL.md §4.1): anonymous only when no app id is configured,
/// no header is sent and no web page sent the request; otherwise exactly <c>Bearer &lt;jwt&gt;</c>, routed by issuer to
/// the Emulator or channel checks. A serviceUrl that arrives on a channel-authenticated activity becomes trusted for
/// outbound tokens; one from the Emulator path only gets replies without a token.
/// </summary>
public sealed class InboundAuthenticator(
    IOptions<BotCredentials> credentials,
    ChannelTokenValidator channel,
    EmulatorTokenValidator emulator,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<InboundAuthenticator> logger)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<InboundAuthResult> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(activity);
        var anonymous = credentials.Value.IsAnonymous;
        string? authorization = request.Headers.Authorization;
        // Nothing but a token stops a web page from posting to an anonymous bot on the tester's machine (CSRF).
        if (anonymous && BrowserRequests.IsCrossOrigin(request)) return InboundAuthResult.Forbidden("cross-origin request from a browser");
        if (string.IsNullOrWhiteSpace(authorization))
            return anonymous ? InboundAuthResult.Authenticated(InboundAuthResult.AnonymousPath) : InboundAuthResult.Unauthorized("no Authorization header");
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
                ? await emulator.ValidateAsync(token, activity, cancellationToken)
                : await channel.ValidateAsync(token, activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Fail closed: without keys nothing can be verified.
            logger.SigningKeysUnavailable(ex.GetType().Name);
            return InboundAuthResult.Unauthorized("signing keys unavailable");
        }

        if (result.Succeeded && result.Problem == InboundAuthResult.ChannelPath) trustedServiceUrls.Trust(activity.ServiceUrl);
        else if (result.Succeeded) trustedServiceUrls.AllowWithoutToken(activity.ServiceUrl);
        return result;
    }
}
