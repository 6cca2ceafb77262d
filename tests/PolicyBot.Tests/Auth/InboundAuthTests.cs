using System.Net;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Tests.Auth;

public sealed class InboundAuthTests
{
    [Fact]
    public async Task ValidChannelTokenRunsTheTurnAndTheReplyCarriesTheAppToken()
    {
        await using var bed = await AuthedBot.StartAsync();

        using var response = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bed.Bot.Inputs);
        Assert.All(bed.Connector.Requests, r => Assert.Equal("Bearer " + FakeIdentityServer.IssuedToken(1), r.Headers["Authorization"]));
        Assert.NotEmpty(bed.Connector.Requests);
    }

    [Theory]
    [InlineData("expired 6 minutes ago", HttpStatusCode.Unauthorized)]
    [InlineData("not valid for another 10 minutes", HttpStatusCode.Unauthorized)]
    [InlineData("wrong issuer", HttpStatusCode.Unauthorized)]
    [InlineData("wrong audience", HttpStatusCode.Unauthorized)]
    [InlineData("forged signature", HttpStatusCode.Unauthorized)]
    [InlineData("HS256 with a shared secret", HttpStatusCode.Unauthorized)]
    [InlineData("alg none", HttpStatusCode.Unauthorized)]
    [InlineData("serviceurl of another service", HttpStatusCode.Forbidden)]
    [InlineData("emulator v3", HttpStatusCode.Unauthorized)]
    [InlineData("emulator v2 for another app", HttpStatusCode.Forbidden)]
    [InlineData("emulator v1 for another app", HttpStatusCode.Forbidden)]
    [InlineData("emulator issuer of another tenant", HttpStatusCode.Unauthorized)]
    public async Task BadTokenIsRejectedWithoutRunningTheTurn(string problem, HttpStatusCode expected)
    {
        await using var bed = await AuthedBot.StartAsync("Bot:AllowEmulator=true");
        var serviceUrl = bed.Connector.Url;
        var activity = problem.StartsWith("emulator", StringComparison.Ordinal) ? bed.EmulatorMessage() : bed.Message();
        var token = problem switch
        {
            "expired 6 minutes ago" => TestKeys.ChannelToken(serviceUrl, expires: DateTime.UtcNow.AddMinutes(-6)),
            "not valid for another 10 minutes" => TestKeys.ChannelToken(serviceUrl, notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)),
            "wrong issuer" => TestKeys.ChannelToken(serviceUrl, issuer: "https://api.botframework.com.evil.example"),
            "wrong audience" => TestKeys.ChannelToken(serviceUrl, audience: "00000000-0000-0000-0000-000000000000"),
            "forged signature" => TestKeys.ChannelToken(serviceUrl, key: TestKeys.Impostor),
            "HS256 with a shared secret" => HmacToken(serviceUrl),
            "alg none" => UnsignedToken(serviceUrl),
            "serviceurl of another service" => TestKeys.ChannelToken("https://smba.trafficmanager.net/emea/"),
            "emulator v3" => TestKeys.EmulatorToken("3.0"),
            "emulator v2 for another app" => TestKeys.EmulatorToken("2.0", appId: "00000000-0000-0000-0000-000000000000"),
            "emulator v1 for another app" => TestKeys.EmulatorToken("1.0", appId: "00000000-0000-0000-0000-000000000000"),
            "emulator issuer of another tenant" => TestKeys.EmulatorToken("2.0", issuer: $"https://login.microsoftonline.com/{TestKeys.TenantId}/v2.0"),
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        using var response = await bed.PostWithTokenAsync(activity, token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(bed.Bot.Inputs);
        Assert.Empty(bed.Connector.Requests);
    }

    [Fact]
    public async Task TokenExpiredWithinTheClockSkewIsAccepted()
    {
        await using var bed = await AuthedBot.StartAsync();

        using var response = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url, expires: DateTime.UtcNow.AddMinutes(-4)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer a b")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln.extra")]
    public async Task MissingOrMalformedHeaderIsUnauthorized(string? authorization)
    {
        await using var bed = await AuthedBot.StartAsync();

        using var response = await bed.PostAsync(bed.Message(), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bed.Bot.Inputs);
        Assert.Empty(bed.Connector.Requests);
        Assert.Contains(bed.Host.Logs.Lines, l => l.Contains("[110] Rejected request with 401", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData(null)]
    public async Task KeyNotEndorsedForTheChannelIsForbidden(string? endorsement)
    {
        await using var bed = await AuthedBot.StartAsync();
        bed.Identity.ChannelKeys = [endorsement is null ? TestKeys.Jwk(TestKeys.Channel, null) : TestKeys.Jwk(TestKeys.Channel, endorsement)];

        using var response = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(bed.Bot.Inputs);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EmulatorTokenWithTheBotsOwnAppIdIsAccepted(string version)
    {
        await using var bed = await AuthedBot.StartAsync("Bot:AllowEmulator=true");

        using var response = await bed.PostWithTokenAsync(bed.EmulatorMessage(), TestKeys.EmulatorToken(version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bed.Bot.Inputs);
        Assert.Equal(1, bed.Identity.Hits("/emulator/keys"));
        Assert.Equal(0, bed.Identity.Hits("/channel/keys"));
    }

    [Fact]
    public async Task EmulatorTokenFromTheConfiguredTenantIsAccepted()
    {
        await using var bed = await AuthedBot.StartAsync("MicrosoftAppType=SingleTenant", $"MicrosoftAppTenantId={TestKeys.TenantId}", "Bot:AllowEmulator=true");

        using var response = await bed.PostWithTokenAsync(bed.EmulatorMessage(), TestKeys.EmulatorToken("2.0", issuer: $"https://login.microsoftonline.com/{TestKeys.TenantId}/v2.0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BotWithAnAppIdAcceptsAChannelBodyWithoutAContentType()
    {
        await using var bed = await AuthedBot.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(bed.Message().ToJsonString())) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + TestKeys.ChannelToken(bed.Connector.Url));

        using var response = await bed.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BotWithoutAppIdRejectsARequestThatCarriesAToken()
    {
        await using var connector = await Infrastructure.FakeConnector.StartAsync();
        var bot = new Infrastructure.TestBot();
        await using var host = await Infrastructure.BotHost.StartAsync(bot);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Infrastructure.TestActivities.Message(connector.Url, "hi").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + TestKeys.ChannelToken(connector.Url));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Inputs);
    }

    private static string HmacToken(string serviceUrl) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = TestKeys.ChannelIssuer,
        Audience = TestKeys.AppId,
        Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]) { KeyId = TestKeys.Channel.KeyId }, SecurityAlgorithms.HmacSha256),
    });

    private static string UnsignedToken(string serviceUrl)
    {
        static string Part(string json) => Base64UrlEncoder.Encode(json);
        var exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return Part($$"""{"alg":"none","kid":"{{TestKeys.Channel.KeyId}}"}""") + "."
            + Part($$"""{"iss":"{{TestKeys.ChannelIssuer}}","aud":"{{TestKeys.AppId}}","exp":{{exp}},"serviceurl":"{{serviceUrl}}"}""") + ".";
    }
}
