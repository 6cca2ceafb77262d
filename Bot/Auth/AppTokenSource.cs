using Microsoft.Extensions.Options;
using Microsoft.Identity.Client.AppConfig;
using Microsoft.Identity.Client;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// App tokens for the Bot Connector from MSAL (PROTOCOL.md §3.3), which caches them and renews them five minutes
/// before they expire: a confidential client with a client secret or a certificate (MultiTenant: the cloud's Bot
/// Framework tenant; SingleTenant: <c>MicrosoftAppTenantId</c>), or the user-assigned managed identity whose client id
/// is <c>MicrosoftAppId</c>, from the endpoint its Azure host announces (IDENTITY_ENDPOINT, else IMDS).
/// </summary>
public sealed class AppTokenSource(IOptions<BotCredentials> credentials, IOptions<AuthOptions> options, BotCloud cloud, MsalHttpClientFactory httpClients)
{
    private Func<bool, CancellationToken, Task<AuthenticationResult>>? _acquire;

    /// <summary>Who issues the tokens, for the log: the tenant, or <c>managed identity</c>.</summary>
    public string Issuer => credentials.Value.AppType switch
    {
        BotAppType.UserAssignedMSI => "managed identity",
        BotAppType.SingleTenant => credentials.Value.MicrosoftAppTenantId!.Trim(),
        _ => cloud.TokenTenant,
    };

    /// <summary>A cached token while it has more than five minutes left; a new one when <paramref name="forceRefresh"/>.</summary>
    public Task<AuthenticationResult> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken) =>
        (_acquire ??= Build())(forceRefresh, cancellationToken);

    private Func<bool, CancellationToken, Task<AuthenticationResult>> Build()
    {
        var settings = credentials.Value;
        var appId = settings.MicrosoftAppId!.Trim();
        var scope = options.Value.OAuthScope;
        if (settings.AppType == BotAppType.UserAssignedMSI)
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(httpClients)
                .Build();
            // A managed identity asks for a resource, not a scope.
            var resource = scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;
            return (force, ct) => identity.AcquireTokenForManagedIdentity(resource).WithForceRefresh(force).ExecuteAsync(ct);
        }

        // The authority comes from the cloud table or the operator, never from a request: MSAL's instance discovery
        // would only add a call to login.microsoftonline.com (and rule out a sovereign or test authority).
        var builder = ConfidentialClientApplicationBuilder.Create(appId)
            .WithAuthority(options.Value.Authority.Replace("{tenant}", Uri.EscapeDataString(Issuer), StringComparison.Ordinal), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClients);
        var app = settings.HasCertificate
            ? builder.WithCertificate(AppCertificates.Load(settings).Certificate ?? throw new InvalidOperationException("The bot's certificate could not be loaded.")).Build()
            : builder.WithClientSecret(settings.MicrosoftAppPassword!).Build();
        return (force, ct) => app.AcquireTokenForClient([scope]).WithForceRefresh(force).ExecuteAsync(ct);
    }
}
