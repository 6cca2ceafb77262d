using Microsoft.Extensions.Options;
using PolicyBot.Bot.Hosting;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Start-up checks of the flat credential keys, so a half-configured bot fails at once with a clear message instead
/// of answering 401 or failing every reply later, and an anonymous bot outside Development only starts on purpose.
/// </summary>
public sealed class BotCredentialsValidation(IHostEnvironment environment, IOptions<BotOptions> bot) : IValidateOptions<BotCredentials>
{
    public ValidateOptionsResult Validate(string? name, BotCredentials options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsAnonymous)
        {
            return environment.IsDevelopment() || bot.Value.AllowAnonymous
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"MicrosoftAppId is not set and the environment is {environment.EnvironmentName}, not Development: anyone who can "
                    + "reach /api/messages could talk to the bot and make it post to any address. Set MicrosoftAppId and "
                    + "MicrosoftAppPassword, or Bot:AllowAnonymous=true to run without credentials on purpose.");
        }

        var failures = new List<string>();
        if (!Guid.TryParse(options.MicrosoftAppId, out _))
            failures.Add("MicrosoftAppId must be the bot's Entra app (client) id, a GUID.");
        var type = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? "MultiTenant" : options.MicrosoftAppType.Trim();
        if (type.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
            failures.Add("MicrosoftAppType UserAssignedMSI is not supported yet; use SingleTenant with a client secret.");
        else if (!type.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) && !type.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase))
            failures.Add("MicrosoftAppType must be SingleTenant or MultiTenant.");
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
            failures.Add("MicrosoftAppPassword (the client secret) is required when MicrosoftAppId is set.");
        if (type.Equals("SingleTenant", StringComparison.OrdinalIgnoreCase) && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
            failures.Add("MicrosoftAppTenantId (a GUID) is required when MicrosoftAppType is SingleTenant.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
