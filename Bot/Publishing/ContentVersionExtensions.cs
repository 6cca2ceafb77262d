using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Hosting;
using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Publishing;

public static class ContentVersionExtensions
{
    /// <summary>
    /// Published content versions beside the conversation state (the SQLite file, the shared PostgreSQL database, or
    /// memory), the publisher the <c>content</c> commands use, and the follower that keeps this instance on the newest.
    /// </summary>
    public static IServiceCollection AddContentVersions(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>()
            .BindConfiguration("Content")
            .Validate(o => o.Source is "store" or "folder", "Content:Source must be 'store' or 'folder'.")
            .Validate(o => o.PollInterval >= TimeSpan.FromMilliseconds(100), "Content:PollInterval must be at least 00:00:00.1.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IContentVersionStore>(sp =>
            ConversationStoreExtensions.Postgres(sp) is { } connectionString ? new PostgresContentVersionStore(connectionString, ConversationStoreExtensions.CommandTimeout(sp), ConversationStoreExtensions.ConnectTimeout(sp))
            : ConversationStoreExtensions.SqlitePath(sp) is { } path ? new SqliteContentVersionStore(path, ConversationStoreExtensions.CommandTimeout(sp))
            : new MemoryContentVersionStore());
        services.TryAddSingleton<ContentPublisher>();
        services.TryAddSingleton<ContentVersionFollower>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentVersionFollower>());
        return services;
    }

    /// <summary>
    /// Brings this instance to the newest published version before it takes a message (<c>Content:Source=store</c>).
    /// A store that cannot be read now leaves the folder's content running; the follower catches up when it answers.
    /// </summary>
    public static WebApplication FollowContentVersions(this WebApplication app)
    {
        var follower = app.Services.GetRequiredService<ContentVersionFollower>();
        try
        {
            follower.CatchUpAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OptionsValidationException)
        {
            app.Services.GetRequiredService<ILogger<ContentVersionFollower>>().PollFailed(e, follower.AppliedVersion);
        }
        return app;
    }
}
