using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PolicyBot.Bot.Handoff;

public static class HandoffExtensions
{
    /// <summary>Hand-off tickets: conversation references, the ticket service and the reminder (section <c>Handoff</c>).</summary>
    public static IServiceCollection AddHandoff(this IServiceCollection services)
    {
        services.AddOptions<HandoffOptions>()
            .BindConfiguration(HandoffOptions.Section)
            .Validate(o => o.ReminderAfter > TimeSpan.Zero, "Handoff:ReminderAfter must be positive.")
            .Validate(o => o.ReminderScanInterval > TimeSpan.Zero, "Handoff:ReminderScanInterval must be positive.")
            .Validate(o => o.PostRetries is >= 0 and <= 100, "Handoff:PostRetries must be between 0 and 100.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<HandoffService>();
        services.AddHostedService<TicketReminderService>();
        return services;
    }
}
