using System.Net;
using System.Text;
using PolicyBot.Tests.Infrastructure;
using PolicyBot.Tests.Reliability;

namespace PolicyBot.Tests.Auth;

/// <summary>
/// <c>MicrosoftAppType=UserAssignedMSI</c>: the built bot as a child process with the environment App Service gives a
/// managed identity (IDENTITY_ENDPOINT, IDENTITY_HEADER), pointed at <see cref="FakeIdentityServer"/>.
/// </summary>
public sealed class ManagedIdentityTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("policybot-msi-");
    private FakeIdentityServer _identity = null!;
    private FakeConnector _connector = null!;
    private int _activity;

    public async Task InitializeAsync()
    {
        _identity = await FakeIdentityServer.StartAsync();
        _connector = await FakeConnector.StartAsync();
    }

    [Fact]
    public async Task ManagedIdentityGetsItsTokenFromTheHostsEndpointForItsClientId()
    {
        await using var bot = await StartBotAsync();

        await PostValidAsync(bot);
        await PostValidAsync(bot);

        var request = Assert.Single(_identity.TokenRequests);
        Assert.Equal("/msi/token", request["path"]);
        Assert.Equal(TestKeys.AppId, request["client_id"]);
        Assert.Equal("https://api.botframework.com", request["resource"]);
        Assert.Equal(_identity.IdentityHeader, request["X-IDENTITY-HEADER"]);
        Assert.NotEmpty(_connector.Requests);
        Assert.All(_connector.Requests, r => Assert.Equal("Bearer " + FakeIdentityServer.IssuedToken(1), r.Headers["Authorization"]));
    }

    [Fact]
    public async Task ManagedIdentityTokenIsRenewedAndOneTheConnectorRejectedIsReplacedOnce()
    {
        _identity.TokenLifetimeSeconds = 302;
        _connector.Respond = (_, r) => (r.Headers["Authorization"].EndsWith("-1", StringComparison.Ordinal) ? 401 : 200, null);
        await using var bot = await StartBotAsync();

        await PostValidAsync(bot);
        var afterFirst = _connector.Requests.Count;
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await PostValidAsync(bot);

        Assert.Equal(3, _identity.TokenRequests.Count);
        Assert.Equal(["Bearer app-token-1", "Bearer app-token-2"], _connector.Requests.Take(2).Select(r => r.Headers["Authorization"]));
        Assert.All(_connector.Requests.Skip(1).Take(afterFirst - 1), r => Assert.Equal("Bearer app-token-2", r.Headers["Authorization"]));
        Assert.All(_connector.Requests.Skip(afterFirst), r => Assert.Equal("Bearer app-token-3", r.Headers["Authorization"]));
    }

    private Task<BotProcess> StartBotAsync() => BotProcess.StartAsync(
        _folder.FullName,
        new Dictionary<string, string> { ["IDENTITY_ENDPOINT"] = _identity.ManagedIdentityEndpoint, ["IDENTITY_HEADER"] = _identity.IdentityHeader },
        [
            $"--MicrosoftAppId={TestKeys.AppId}",
            "--MicrosoftAppType=UserAssignedMSI",
            .. _identity.KeySettings().Select(s => "--" + s),
            $"--Storage:SqlitePath={Path.Combine(_folder.FullName, "state.db")}",
            "--Logging:LogLevel:Default=Warning",
        ]);

    /// <summary>A message the real dialogs answer; returns once its replies have arrived (the POST waits for them).</summary>
    private async Task PostValidAsync(BotProcess bot)
    {
        var activity = TestActivities.Message(_connector.Url, "hello");
        activity["id"] = $"activity-{++_activity}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + TestKeys.ChannelToken(_connector.Url));
        using var response = await bot.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
