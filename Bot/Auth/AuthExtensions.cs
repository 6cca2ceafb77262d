using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using PolicyBot.Bot.Connector;

namespace PolicyBot.Bot.Auth;

public static class AuthExtensions
{
    /// <summary>
    /// Inbound JWT validation and outbound app tokens (section <c>Auth</c>, cloud from <c>Bot:ChannelService</c>),
    /// switched on by <c>MicrosoftAppId</c>; without it requests are anonymous and replies carry no token.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddOptions<BotCredentials>().Configure<IConfiguration>((credentials, configuration) => configuration.Bind(credentials));
        services.AddOptions<BotAccessOptions>().BindConfiguration(BotAccessOptions.Section)
            .ValidateOnStart()
            .Validate(o => BotCloud.Find(o.ChannelService) is not null, $"Bot:ChannelService must be empty (Azure public cloud) or {BotCloud.UsGovernmentChannelService} (US Government).");
        services.AddSingleton(sp => BotCloud.Find(sp.GetRequiredService<IOptions<BotAccessOptions>>().Value.ChannelService) ?? BotCloud.Public);
        // The cloud's URLs first, so that settings under Auth still override each one.
        services.AddOptions<AuthOptions>()
            .Configure<BotCloud>((o, cloud) =>
            {
                o.ChannelOpenIdMetadataUrl = cloud.ChannelOpenIdMetadataUrl;
                o.EmulatorOpenIdMetadataUrl = cloud.EmulatorOpenIdMetadataUrl;
                o.Authority = cloud.Authority;
                o.OAuthScope = cloud.OAuthScope;
            })
            .BindConfiguration(AuthOptions.Section)
            .Validate(o => o.ClockSkew >= TimeSpan.Zero && o.ClockSkew <= TimeSpan.FromMinutes(10), "Auth:ClockSkew must be between 0 and 10 minutes.")
            .Validate(o => o.MetadataMinimumRefreshInterval > TimeSpan.Zero, "Auth:MetadataMinimumRefreshInterval must be positive.")
            .Validate(o => Uri.TryCreate(o.Authority.Replace("{tenant}", "tenant", StringComparison.Ordinal), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps,
                "Auth:Authority must be an absolute https URL.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentials>, BotCredentialsValidation>();
        services.AddOptions<BotCredentials>().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<MsalHttpClientFactory>();
        services.AddSingleton<AppTokenSource>();
        services.AddSingleton<IDocumentRetriever, MetadataDocumentRetriever>();
        services.AddSingleton<ChannelTokenValidator>();
        services.AddSingleton<EmulatorTokenValidator>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<InboundAuthenticator>();
        services.AddSingleton<AppTokenProvider>();
        services.AddSingleton<IOutboundTokenProvider>(sp => sp.GetRequiredService<IOptions<BotCredentials>>().Value.IsAnonymous
            ? new AnonymousTokenProvider()
            : sp.GetRequiredService<AppTokenProvider>());
        return services;
    }

    /// <summary>Says at start-up whether the bot runs anonymously (Emulator) or with credentials.</summary>
    public static WebApplication LogCredentialMode(this WebApplication app)
    {
        var credentials = app.Services.GetRequiredService<IOptions<BotCredentials>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PolicyBot.Bot.Auth");
        if (credentials.IsAnonymous) logger.AnonymousMode();
        else logger.AuthenticationEnabled(credentials.AppType + ", " + (credentials.AppType == BotAppType.UserAssignedMSI ? "managed identity"
            : credentials.HasCertificate ? "certificate" : "client secret"));
        return app;
    }
}
