using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyBot.Bot.Rendering;

namespace PolicyBot.Bot.Hosting;

public static class BotProtocolExtensions
{
    /// <summary><see cref="BotOptions"/> from <c>Bot</c> and the turn pipeline.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
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
        endpoints.Map(pattern, new RequestDelegate(BotMessagesEndpoint.HandleAsync));
}
