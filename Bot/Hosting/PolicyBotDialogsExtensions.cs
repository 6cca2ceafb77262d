using Microsoft.Extensions.DependencyInjection.Extensions;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Hosting;

public static class PolicyBotDialogsExtensions
{
    /// <summary>
    /// The seam where the Dialogs engine registers its <see cref="IBot"/> (and content, recognizer, …).
    /// Until then a <see cref="TemporaryEchoBot"/> answers. Tests replace <see cref="IBot"/> after this call.
    /// </summary>
    public static IServiceCollection AddPolicyBotDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<IBot, TemporaryEchoBot>();
        return services;
    }
}
