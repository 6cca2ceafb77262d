using Microsoft.Extensions.Options;

namespace PolicyBot.Bot.State;

public static class ConversationStoreExtensions
{
    /// <summary>
    /// Registers <see cref="IConversationStore"/> from section <c>Storage</c>: SQLite by default, memory on request.
    /// The provider is chosen when the store is first resolved, so tests may still change configuration.
    /// </summary>
    public static IServiceCollection AddConversationStore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Validate(o => o.Provider is "sqlite" or "memory", "Storage:Provider must be 'sqlite' or 'memory'.")
            .Validate(o => o.MaxConflictRetries >= 0, "Storage:MaxConflictRetries must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<IConversationStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (options.Provider == "memory") return new MemoryConversationStore();
            var contentRoot = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var path = Path.GetFullPath(Path.Combine(contentRoot, options.SqlitePath));
            sp.GetRequiredService<ILogger<SqliteConversationStore>>().UsingSqliteStore(path);
            return new SqliteConversationStore(path);
        });
        services.AddHealthChecks().AddCheck<ConversationStoreHealthCheck>("conversation-store");
        return services;
    }
}
