using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Insights;

public static class InsightsExtensions
{
    /// <summary>
    /// Usage events beside the conversation state (the SQLite file, or the shared PostgreSQL database; memory with the
    /// memory provider), written in the background in batches; options from <c>Insights</c>. The answers Teams gave ids
    /// (for its 👍/👎) live in the same database.
    /// </summary>
    public static IServiceCollection AddUsageInsights(this IServiceCollection services)
    {
        services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IUsageStore>(sp =>
        {
            IUsageStore store = ConversationStoreExtensions.Postgres(sp) is { } connectionString ? new PostgresUsageStore(connectionString, ConversationStoreExtensions.CommandTimeout(sp), ConversationStoreExtensions.ConnectTimeout(sp))
                : ConversationStoreExtensions.SqlitePath(sp) is { } path ? new SqliteUsageStore(path, ConversationStoreExtensions.CommandTimeout(sp))
                : new MemoryUsageStore();
            return new BufferedUsageStore(store, sp.GetRequiredService<ILogger<BufferedUsageStore>>());
        });
        services.TryAddSingleton<IAnsweredStore>(sp =>
            ConversationStoreExtensions.Postgres(sp) is { } connectionString ? new PostgresAnsweredStore(connectionString, ConversationStoreExtensions.CommandTimeout(sp), ConversationStoreExtensions.ConnectTimeout(sp))
            : ConversationStoreExtensions.SqlitePath(sp) is { } path ? new SqliteAnsweredStore(path, ConversationStoreExtensions.CommandTimeout(sp))
            : new MemoryAnsweredStore());
        services.TryAddSingleton<UsageRecorder>();
        services.TryAddSingleton<TeamsFeedback>();
        return services;
    }
}
