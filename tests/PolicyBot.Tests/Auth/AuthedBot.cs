using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Auth;

/// <summary>
/// PolicyBot with a <c>MicrosoftAppId</c>, its key and token URLs pointed at a <see cref="FakeIdentityServer"/>, and
/// replies going to a <see cref="FakeConnector"/>: the whole authenticated path, offline.
/// </summary>
public sealed class AuthedBot : IAsyncDisposable
{
    private AuthedBot(FakeIdentityServer identity, FakeConnector connector, BotHost host, TestBot bot, ManualTime time)
    {
        Identity = identity;
        Connector = connector;
        Host = host;
        Bot = bot;
        Time = time;
    }

    public FakeIdentityServer Identity { get; }

    public FakeConnector Connector { get; }

    public BotHost Host { get; }

    public TestBot Bot { get; }

    public ManualTime Time { get; }

    public static async Task<AuthedBot> StartAsync(params string[] settings)
    {
        var identity = await FakeIdentityServer.StartAsync();
        var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        var time = new ManualTime();
        var host = await BotHost.StartAsync(bot, b =>
        {
            b.Services.AddSingleton<TimeProvider>(time);
            identity.TrustFrom(b.Services);
        }, [.. identity.Settings(), .. settings]);
        return new AuthedBot(identity, connector, host, bot, time);
    }

    /// <summary>A Teams message to this bot, from <see cref="Connector"/>'s serviceUrl.</summary>
    public JsonObject Message(string text = "hello") => TestActivities.Message(Connector.Url, text);

    /// <summary>A message as the Emulator sends it (channelId <c>emulator</c>), from <see cref="Connector"/>'s serviceUrl.</summary>
    public JsonObject EmulatorMessage(string text = "hello") => TestActivities.Message(Connector.Url, text, "conv-1|livechat", "emulator");

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return Host.Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostWithTokenAsync(JsonObject activity, string token) => PostAsync(activity, "Bearer " + token);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
    }
}

/// <summary>A clock the test moves by hand; starts at the real time.</summary>
public sealed class ManualTime : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
