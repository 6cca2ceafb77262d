using Microsoft.Extensions.Options;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Start-up checks of the flat credential keys, so a half-configured bot fails at once with a message that names the
/// setting to fix instead of answering 401 or failing every reply later, and an anonymous bot outside Development only
/// starts on purpose. A certificate is loaded here, so a wrong thumbprint or password stops the start too.
/// </summary>
public sealed class BotCredentialsValidation(IHostEnvironment environment, IOptions<BotAccessOptions> bot) : IValidateOptions<BotCredentials>
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
        if (BotAppTypes.Parse(options.MicrosoftAppType) is not { } type)
        {
            failures.Add("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
            return ValidateOptionsResult.Fail(failures);
        }
        var secret = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        if (type == BotAppType.UserAssignedMSI)
        {
            if (!Guid.TryParse(options.MicrosoftAppId, out _))
                failures.Add("MicrosoftAppId must be the managed identity's client id, a GUID, when MicrosoftAppType is UserAssignedMSI.");
            if (secret || options.HasCertificate)
                failures.Add("MicrosoftAppPassword and MicrosoftAppCertificate* must be empty when MicrosoftAppType is UserAssignedMSI: the managed identity has no secret.");
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (!Guid.TryParse(options.MicrosoftAppId, out _))
            failures.Add("MicrosoftAppId must be the bot's Entra app (client) id, a GUID.");
        if (type == BotAppType.SingleTenant && !Guid.TryParse(options.MicrosoftAppTenantId, out _))
            failures.Add("MicrosoftAppTenantId (a GUID) is required when MicrosoftAppType is SingleTenant.");
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppCertificateThumbprint) && !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath))
            failures.Add("Set MicrosoftAppCertificateThumbprint or MicrosoftAppCertificatePath, not both.");
        else if (secret && options.HasCertificate)
            failures.Add("Set MicrosoftAppPassword (a client secret) or a certificate (MicrosoftAppCertificateThumbprint or MicrosoftAppCertificatePath), not both.");
        else if (!secret && !options.HasCertificate)
            failures.Add($"MicrosoftAppPassword (the client secret) or a certificate (MicrosoftAppCertificateThumbprint, or MicrosoftAppCertificatePath with MicrosoftAppCertificatePassword) is required when MicrosoftAppType is {type}.");
        else if (options.HasCertificate)
        {
            var (certificate, error) = AppCertificates.Load(options);
            certificate?.Dispose();
            if (error is not null) failures.Add(error);
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
