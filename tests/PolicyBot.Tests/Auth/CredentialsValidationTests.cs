using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Auth;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Auth;

public sealed class CredentialsValidationTests
{
    private const string AppId = TestKeys.AppId;

    [Theory]
    [InlineData(null, null, null, null, true)]
    [InlineData(AppId, "secret", null, null, true)]
    [InlineData(AppId, "secret", "MultiTenant", null, true)]
    [InlineData(AppId, "secret", "SingleTenant", TestKeys.TenantId, true)]
    [InlineData(AppId, null, null, null, false)]
    [InlineData(AppId, "secret", "SingleTenant", null, false)]
    [InlineData(AppId, "secret", "UserAssignedMSI", null, false)]
    [InlineData(AppId, null, "UserAssignedMSI", null, true)]
    [InlineData(AppId, null, "userassignedmsi", TestKeys.TenantId, true)]
    [InlineData("policybot", null, "UserAssignedMSI", null, false)]
    [InlineData(AppId, "secret", "2", null, false)]
    [InlineData(AppId, "secret", "Personal", null, false)]
    [InlineData("policybot", "secret", null, null, false)]
    public void HalfConfiguredCredentialsAreRefused(string? appId, string? password, string? type, string? tenant, bool valid)
    {
        var credentials = new BotCredentials { MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppType = type, MicrosoftAppTenantId = tenant };
        var result = Validate(credentials);

        Assert.Equal(valid, result.Succeeded);
    }

    [Theory]
    [InlineData("MultiTenant", "MicrosoftAppPassword (the client secret) or a certificate (MicrosoftAppCertificateThumbprint, or MicrosoftAppCertificatePath with MicrosoftAppCertificatePassword) is required when MicrosoftAppType is MultiTenant.")]
    [InlineData("SingleTenant", "MicrosoftAppTenantId (a GUID) is required when MicrosoftAppType is SingleTenant.")]
    [InlineData("UserAssignedMSI", "MicrosoftAppId must be the managed identity's client id, a GUID, when MicrosoftAppType is UserAssignedMSI.")]
    public void EachTypeNamesTheSettingItMisses(string type, string failure)
    {
        var credentials = new BotCredentials { MicrosoftAppId = type == "UserAssignedMSI" ? "my-identity" : AppId, MicrosoftAppType = type };

        var result = Validate(credentials);

        Assert.Contains(failure, result.Failures ?? []);
    }

    [Theory]
    [InlineData("MicrosoftAppPassword=secret", "not both")]
    [InlineData("MicrosoftAppCertificateThumbprint=00112233445566778899AABBCCDDEEFF00112233", "no certificate with a private key")]
    [InlineData("MicrosoftAppCertificatePath=/nonexistent/bot.pfx", "could not be read as a PKCS#12 file")]
    public void CertificateProblemsAreNamedAtStart(string setting, string failure)
    {
        var (key, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var credentials = new BotCredentials
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = key == "MicrosoftAppPassword" ? value : null,
            MicrosoftAppCertificateThumbprint = key == "MicrosoftAppCertificateThumbprint" ? value : null,
            MicrosoftAppCertificatePath = key == "MicrosoftAppPassword" ? "/some/bot.pfx" : key == "MicrosoftAppCertificatePath" ? value : null,
        };

        var result = Validate(credentials);

        Assert.Contains(result.Failures ?? [], f => f.Contains(failure, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BotWithAnAppIdButNoSecretDoesNotStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new TestBot(), null, $"MicrosoftAppId={AppId}"));

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(BotCredentials credentials) =>
        new BotCredentialsValidation(new HostingEnvironment { EnvironmentName = "Development" }, Options.Create(new BotAccessOptions())).Validate(null, credentials);
}
