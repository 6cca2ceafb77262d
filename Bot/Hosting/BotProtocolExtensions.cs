using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PolicyBot.Bot.Hosting;

public static class BotProtocolExtensions
{
    /// <summary>Options (<see cref="BotCredentials"/> from the root, <see cref="BotOptions"/> from <c>Bot</c>) and the turn pipeline.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        services.AddOptions<BotCredentials>().Configure<IConfiguration>((credentials, configuration) => configuration.Bind(credentials));
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ActivityReader>();
        services.AddSingleton<ConversationLocks>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ActivityReplays>();
        services.AddSingleton<TurnStateStore>();
        services.AddSingleton<ReplyActivityFactory>();
        services.AddSingleton<TurnDelivery>();
        services.AddSingleton<TurnEffects>();
        services.AddSingleton<NoTurnActivities>();
        services.AddSingleton<TurnPipeline>();
        return services;
    }

    /// <summary>The messaging endpoint. Mapped for every method so non-POST gets an explicit 405.</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.Map(pattern, BotMessagesEndpoint.HandleAsync);

    /// <summary>Says at start-up whether the bot runs anonymously (Emulator) or with credentials.</summary>
    public static WebApplication LogCredentialMode(this WebApplication app)
    {
        var credentials = app.Services.GetRequiredService<IOptions<BotCredentials>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PolicyBot.Bot.Hosting");
        if (credentials.IsAnonymous) logger.AnonymousMode();
        else logger.AuthenticationEnabled(credentials.AppType + ", " + (credentials.AppType == BotAppType.UserAssignedMSI ? "managed identity"
            : credentials.HasCertificate ? "certificate" : "client secret"));
        return app;
    }
}
