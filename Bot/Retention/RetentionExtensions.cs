using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Retention;

public static class RetentionExtensions
{
    /// <summary>Retention (section <c>Retention</c>), its hourly sweeper, and erasure on request and on uninstall.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        var day = TimeSpan.FromDays(1);
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.ConversationState >= day && o.ConversationReferences >= day && o.ClosedTickets >= day && o.OpenTickets >= day && o.UsageQuestions >= day,
                "Retention:ConversationState, ConversationReferences, ClosedTickets, OpenTickets and UsageQuestions must each be at least 1.00:00:00 (one day).")
            .Validate(o => o.ConversationReferences >= o.ConversationState,
                "Retention:ConversationReferences must not be shorter than Retention:ConversationState (a conversation's reference outlives its state).")
            .Validate(o => o.SweepInterval >= TimeSpan.FromMinutes(1) && o.SweepInterval <= day, "Retention:SweepInterval must be between 00:01:00 and 1.00:00:00.")
            .Validate(o => o.BatchSize is >= 1 and <= 10_000, "Retention:BatchSize must be between 1 and 10000.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IRetentionStore>(sp =>
            ConversationStoreExtensions.Postgres(sp) is { } connectionString ? new PostgresRetentionStore(connectionString, ConversationStoreExtensions.CommandTimeout(sp), ConversationStoreExtensions.ConnectTimeout(sp))
            : ConversationStoreExtensions.SqlitePath(sp) is { } path ? new SqliteRetentionStore(path, ConversationStoreExtensions.CommandTimeout(sp))
            : new MemoryRetentionStore());
        services.AddSingleton<Erasure>();
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        return services;
    }
}
