using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Infrastructure;

/// <summary>
/// The real PolicyBot app on Kestrel at 127.0.0.1:0 with a test <see cref="IBot"/> (or, given null, the real policy
/// dialogs and bundled content), a memory store unless told otherwise, fast connector retries, and logs captured in
/// <see cref="Logs"/> instead of the console.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, HttpClient client, CapturingLoggerProvider logs)
    {
        _app = app;
        Client = client;
        Logs = logs;
    }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public IConversationStore Store => Services.GetRequiredService<IConversationStore>();

    /// <param name="settings">Extra configuration as <c>Key=Value</c>, e.g. <c>Bot:EmitTraces=true</c>.</param>
    public static async Task<BotHost> StartAsync(IBot? bot, Action<WebApplicationBuilder>? configure = null, params string[] settings)
    {
        string[] defaults =
        [
            "urls=http://127.0.0.1:0",
            // Every host would otherwise watch appsettings*.json; many hosts in parallel exhaust Linux's inotify instances.
            "hostBuilder:reloadConfigOnChange=false",
            "Storage:Provider=memory",
            "Connector:RetryBaseDelay=00:00:00.010",
            "Connector:MaxRetryDelay=00:00:00.050",
            // Test activities reuse the id "activity-1" turn after turn; replay tests switch the window back on.
            "Bot:ReplayWindow=00:00:00",
            // Tests run in the Production environment; their anonymous bots are anonymous on purpose.
            "Bot:AllowAnonymous=true",
            // A blocking, compacting collection per host would stall every test running beside it.
            "Bot:ReleaseStartupMemory=false",
        ];
        var args = defaults.Concat(settings).Select(s => "--" + s).ToArray();
        var logs = new CapturingLoggerProvider();
        var app = PolicyBot.Bot.PolicyBotApp.Build(args, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            if (bot is not null) builder.Services.AddSingleton(bot);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new BotHost(app, new HttpClient { BaseAddress = new Uri(address) }, logs);
    }

    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity) =>
        PostAsync(activity.ToJsonString(), "application/json; charset=utf-8");

    public Task<HttpResponseMessage> PostAsync(string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.PostAsync("/api/messages", content);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
