using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Insights;

public static class InsightsExtensions
{
    /// <summary>Usage events in the conversation store's SQLite file (memory with the memory provider), options from <c>Insights</c>.</summary>
    public static IServiceCollection AddUsageInsights(this IServiceCollection services)
    {
        services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IUsageStore>(sp =>
            ConversationStoreExtensions.SqlitePath(sp) is { } path ? new SqliteUsageStore(path) : new MemoryUsageStore());
        services.TryAddSingleton<UsageRecorder>();
        return services;
    }
}
