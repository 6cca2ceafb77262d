using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Bot.Hosting;

public static class PolicyBotDialogsExtensions
{
    /// <summary>
    /// The policy dialogs, the hot-reloaded content and the recognizer built from each content version, behind a cache
    /// of what it made of short texts (<see cref="CachingTopicRecognizer"/>).
    /// </summary>
    public static IServiceCollection AddPolicyBotDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection("Content"));
        services.TryAddSingleton(sp =>
        {
            var path = ContentOptions.Resolve(sp.GetRequiredService<IOptions<ContentOptions>>().Value.Path, sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
            var store = new ContentStore(path, content => new CachingTopicRecognizer(RecognizerCache.For(content)), sp.GetRequiredService<ILogger<ContentStore>>());
            if (!store.IsLoaded)
                throw new InvalidOperationException($"The policy content in {path} has errors:{Environment.NewLine}" + string.Join(Environment.NewLine, store.Errors));
            return store;
        });
        services.TryAddSingleton<IContentProvider>(sp => sp.GetRequiredService<ContentStore>());
        services.TryAddSingleton<IBot, PolicyBotEngine>();
        return services;
    }

    /// <summary>Loads the content at start-up, so broken content stops the bot before it takes a message.</summary>
    public static WebApplication LoadPolicyContent(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<IContentProvider>().Current;
        return app;
    }
}
