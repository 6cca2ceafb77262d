using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Auth;

public sealed class OutboundTokenTests
{
    [Fact]
    public async Task ManyRepliesShareOneTokenFromTheClientCredentialsFlow()
    {
        await using var bed = await AuthedBot.StartAsync();

        for (var i = 0; i < 3; i++) await PostValidAsync(bed);

        var request = Assert.Single(bed.Identity.TokenRequests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request["path"]);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.Equal(TestKeys.AppId, request["client_id"]);
        Assert.Equal("s3cret", request["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request["scope"]);
        Assert.Equal(6, bed.Connector.Requests.Count);
        Assert.All(bed.Connector.Requests, r => Assert.Equal("Bearer " + FakeIdentityServer.IssuedToken(1), r.Headers["Authorization"]));
    }

    [Fact]
    public async Task TokenIsRenewedFiveMinutesBeforeItExpires()
    {
        await using var bed = await AuthedBot.StartAsync();
        // MSAL keeps its own clock: a token of 5 minutes and 2 seconds is good for 2 seconds.
        bed.Identity.TokenLifetimeSeconds = 302;
        await PostValidAsync(bed);
        await PostValidAsync(bed);

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await PostValidAsync(bed);

        Assert.Equal(2, bed.Identity.TokenRequests.Count);
        Assert.Equal("Bearer " + FakeIdentityServer.IssuedToken(1), bed.Connector.Requests[3].Headers["Authorization"]);
        Assert.Equal("Bearer " + FakeIdentityServer.IssuedToken(2), bed.Connector.Requests[5].Headers["Authorization"]);
    }

    [Fact]
    public async Task SingleTenantBotAsksItsOwnTenant()
    {
        await using var bed = await AuthedBot.StartAsync("MicrosoftAppType=SingleTenant", $"MicrosoftAppTenantId={TestKeys.TenantId}");

        await PostValidAsync(bed);

        Assert.Equal($"/{TestKeys.TenantId}/oauth2/v2.0/token", Assert.Single(bed.Identity.TokenRequests)["path"]);
    }

    [Fact]
    public async Task ConcurrentSendsWaitForOneTokenRequest()
    {
        await using var bed = await AuthedBot.StartAsync();
        bed.Identity.TokenLifetimeSeconds = 302;
        using var inbound = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var client = bed.Host.Services.GetRequiredService<ConnectorClient>();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.SendAsync(Reply(bed.Connector.Url), default)));

        Assert.Equal(2, bed.Identity.TokenRequests.Count);
        Assert.Equal(20, bed.Connector.Requests.Count(r => r.Headers["Authorization"] == "Bearer " + FakeIdentityServer.IssuedToken(2)));
    }

    [Fact]
    public async Task UnauthorizedFromTheConnectorRefreshesTheTokenOnceAndResends()
    {
        await using var bed = await AuthedBot.StartAsync();
        bed.Connector.Respond = (n, r) => (r.Headers["Authorization"].EndsWith("-1", StringComparison.Ordinal) ? 401 : 200, null);

        await PostValidAsync(bed);

        Assert.Equal(2, bed.Identity.TokenRequests.Count);
        Assert.Equal(["Bearer app-token-1", "Bearer app-token-2", "Bearer app-token-2"], bed.Connector.Requests.Select(r => r.Headers["Authorization"]));
    }

    [Fact]
    public async Task PersistentUnauthorizedIsNotRetriedBeyondOneRefresh()
    {
        await using var bed = await AuthedBot.StartAsync();
        bed.Connector.Respond = (_, _) => (401, null);

        await PostValidAsync(bed);

        // Two replies, each: the first attempt and one resend with a fresh token.
        Assert.Equal(4, bed.Connector.Requests.Count);
        Assert.Contains(bed.Host.Logs.Lines, l => l.Contains("[202]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RejectedCredentialsAreLoggedAndTheTurnStillAnswers()
    {
        await using var bed = await AuthedBot.StartAsync();
        bed.Identity.RejectCredentials = true;

        await PostValidAsync(bed);

        Assert.Empty(bed.Connector.Requests);
        Assert.Contains(bed.Host.Logs.Lines, l => l.Contains("[411]", StringComparison.Ordinal) && l.Contains("invalid_client", StringComparison.Ordinal));
        Assert.DoesNotContain(bed.Host.Logs.Lines, l => l.Contains("s3cret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TokenIsNotSentToAServiceUrlThatNeverArrivedAuthenticated()
    {
        await using var bed = await AuthedBot.StartAsync();
        await using var stranger = await FakeConnector.StartAsync();
        var client = bed.Host.Services.GetRequiredService<ConnectorClient>();

        var result = await client.SendAsync(Reply(stranger.Url), default);

        Assert.Null(result);
        Assert.Empty(stranger.Requests);
        Assert.Empty(bed.Identity.TokenRequests);
        Assert.Contains(bed.Host.Logs.Lines, l => l.Contains("[412]", StringComparison.Ordinal));
    }

    private static async Task PostValidAsync(AuthedBot bed)
    {
        using var response = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Activity Reply(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:conv" },
        Text = "proactive",
    };
}
