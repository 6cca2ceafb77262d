using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Auth;
using PolicyBot.Bot.Hosting;
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
    [InlineData(AppId, "secret", "Personal", null, false)]
    [InlineData("policybot", "secret", null, null, false)]
    public void HalfConfiguredCredentialsAreRefused(string? appId, string? password, string? type, string? tenant, bool valid)
    {
        var credentials = new BotCredentials { MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppType = type, MicrosoftAppTenantId = tenant };
        var validation = new BotCredentialsValidation(new HostingEnvironment { EnvironmentName = "Development" }, Options.Create(new BotOptions()));

        var result = validation.Validate(null, credentials);

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public async Task BotWithAnAppIdButNoSecretDoesNotStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new TestBot(), null, $"MicrosoftAppId={AppId}"));

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
    }
}
