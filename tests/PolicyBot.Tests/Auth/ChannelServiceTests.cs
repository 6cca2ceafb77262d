using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Auth;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Auth;

/// <summary><c>Bot:ChannelService</c> picks the cloud: its issuers, key metadata, token tenant and scope (PROTOCOL.md §4.2, §4.3).</summary>
public sealed class ChannelServiceTests
{
    private const string UsGov = "Bot:ChannelService=https://botframework.azure.us";

    [Fact]
    public async Task UsGovernmentBotAcceptsItsCloudsTokensAndAsksItsCloudForAppTokens()
    {
        await using var bed = await AuthedBot.StartAsync(UsGov, "Bot:AllowEmulator=true");

        using var channel = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url, issuer: "https://api.botframework.us"));
        using var emulator = await bed.PostWithTokenAsync(bed.EmulatorMessage(),
            TestKeys.EmulatorToken("2.0", issuer: "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0"));

        Assert.Equal(HttpStatusCode.OK, channel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, emulator.StatusCode);
        var request = Assert.Single(bed.Identity.TokenRequests);
        // MSAL writes the tenant in lower case; Entra ID reads it either way.
        Assert.Equal("/MicrosoftServices.onmicrosoft.us/oauth2/v2.0/token", request["path"], ignoreCase: true);
        Assert.Equal("https://api.botframework.us/.default", request["scope"]);
    }

    [Theory]
    [InlineData(UsGov, "channel", TestKeys.ChannelIssuer)]
    [InlineData(UsGov, "emulator", TestKeys.EmulatorIssuerV2)]
    [InlineData("Bot:ChannelService=", "channel", "https://api.botframework.us")]
    [InlineData("Bot:ChannelService=", "emulator", "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0")]
    public async Task TokenFromTheOtherCloudIsRejected(string channelService, string path, string issuer)
    {
        await using var bed = await AuthedBot.StartAsync(channelService, "Bot:AllowEmulator=true");

        using var response = path == "channel"
            ? await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url, issuer: issuer))
            : await bed.PostWithTokenAsync(bed.EmulatorMessage(), TestKeys.EmulatorToken("2.0", issuer: issuer));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bed.Bot.Inputs);
    }

    [Fact]
    public async Task UsGovernmentBotFetchesKeysAndTokensFromItsCloudByDefault()
    {
        await using var host = await BotHost.StartAsync(new TestBot(), null, UsGov);

        var options = host.Services.GetRequiredService<IOptions<AuthOptions>>().Value;

        Assert.Equal("https://login.botframework.azure.us/v1/.well-known/openidconfiguration", options.ChannelOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration", options.EmulatorOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.us/{tenant}", options.Authority);
        Assert.Equal("https://api.botframework.us/.default", options.OAuthScope);
    }

    [Fact]
    public async Task UnknownChannelServiceDoesNotStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => BotHost.StartAsync(new TestBot(), null, "Bot:ChannelService=https://botframework.example"));

        Assert.Contains("Bot:ChannelService", error.Message, StringComparison.Ordinal);
    }
}
