using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace PolicyBot.Bot.State;

public static class ConversationStoreExtensions
{
    /// <summary>
    /// Registers <see cref="IConversationStore"/> and <see cref="ITicketStore"/> from section <c>Storage</c>: SQLite by
    /// default (one file for both), PostgreSQL for instances that share state (scale-out), memory on request.
    /// The provider is chosen when the store is first resolved, so tests may still change configuration.
    /// </summary>
    public static IServiceCollection AddConversationStore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Validate(o => o.Provider is "sqlite" or "memory" or "postgres", "Storage:Provider must be 'sqlite', 'postgres' or 'memory'.")
            .Validate(o => o.Provider != "postgres" || !string.IsNullOrWhiteSpace(o.PostgresConnectionString),
                "Storage:PostgresConnectionString is required with Storage:Provider=postgres.")
            .Validate(o => o.MaxConflictRetries >= 0, "Storage:MaxConflictRetries must not be negative.")
            .Validate(o => o.CacheEntries >= 0, "Storage:CacheEntries must not be negative.")
            .Validate(o => o.CommandTimeout >= TimeSpan.FromSeconds(1) && o.CommandTimeout <= TimeSpan.FromSeconds(30),
                "Storage:CommandTimeout must be between 00:00:01 and 00:00:30.")
            .Validate(o => o.CacheTtl >= TimeSpan.FromSeconds(1) && o.CacheTtl <= TimeSpan.FromHours(1), "Storage:CacheTtl must be between 00:00:01 and 01:00:00.")
            .Validate(o => o.ConnectTimeout >= TimeSpan.FromSeconds(1) && o.ConnectTimeout <= TimeSpan.FromSeconds(30),
                "Storage:ConnectTimeout must be between 00:00:01 and 00:00:30.")
            .ValidateOnStart();
        services.AddSingleton<IConversationStore>(sp =>
        {
            if (Postgres(sp) is { } connectionString) return PostgresStore(sp, connectionString);
            if (SqlitePath(sp) is not { } path) return new MemoryConversationStore();
            sp.GetRequiredService<ILogger<SqliteConversationStore>>().UsingSqliteStore(path);
            // This process is the file's only writer, so what it wrote last is what the file holds.
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new CachingConversationStore(new SqliteConversationStore(path, CommandTimeout(sp)), options.CacheEntries, options.CacheTtl, sp.GetService<TimeProvider>());
        });
        // Tickets live beside the state (the same SQLite file or PostgreSQL database), so a hand-off survives a restart.
        services.AddSingleton<ITicketStore>(sp => Postgres(sp) is { } connectionString ? new PostgresTicketStore(connectionString, CommandTimeout(sp), ConnectTimeout(sp))
            : SqlitePath(sp) is { } path ? new SqliteTicketStore(path, CommandTimeout(sp)) : new MemoryTicketStore());
        services.AddHealthChecks().AddCheck<ConversationStoreHealthCheck>("conversation-store");
        return services;
    }

    /// <summary>In a method of its own and never inlined, so that a SQLite or memory store never loads Npgsql (docs/performance-history.md).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PostgresConversationStore PostgresStore(IServiceProvider services, string connectionString)
    {
        var target = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        services.GetRequiredService<ILogger<PostgresConversationStore>>().UsingPostgresStore(target.Database, target.Host);
        return new PostgresConversationStore(connectionString, CommandTimeout(services), ConnectTimeout(services));
    }

    /// <summary>The SQLite file of <c>Storage:SqlitePath</c> (relative to the content root), or null for the memory provider.</summary>
    internal static string? SqlitePath(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (options.Provider is "memory" or "postgres") return null;
        var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return Path.GetFullPath(Path.Combine(contentRoot, options.SqlitePath));
    }

    /// <summary>How long a store command may wait: <see cref="StorageOptions.CommandTimeout"/>.</summary>
    internal static TimeSpan CommandTimeout(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.CommandTimeout;

    /// <summary>How long opening a PostgreSQL connection may take: <see cref="StorageOptions.ConnectTimeout"/>.</summary>
    internal static TimeSpan ConnectTimeout(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectTimeout;

    /// <summary>The connection string of <c>Storage:PostgresConnectionString</c>, or null unless the provider is <c>postgres</c>.</summary>
    internal static string? Postgres(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.Provider == "postgres" ? options.PostgresConnectionString : null;
    }
}
