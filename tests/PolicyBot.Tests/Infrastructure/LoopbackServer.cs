using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyBot.Tests.Infrastructure;

/// <summary>
/// The fake servers' shared start: a bare Kestrel app on 127.0.0.1 with a port of its own (plain http unless
/// <paramref name="listen"/> says otherwise), no logging, one request handler, and the addresses it got.
/// </summary>
public static class LoopbackServer
{
    /// <param name="handler">The handler, given the built app (a fake usually wraps the app in its own object first).</param>
    public static async Task<(WebApplication App, IReadOnlyList<string> Addresses)> StartAsync(
        Func<WebApplication, RequestDelegate> handler, Action<KestrelServerOptions>? listen = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (listen is not null) builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(listen ?? (kestrel => kestrel.Listen(IPAddress.Loopback, 0)));
        var app = builder.Build();
        app.Run(handler(app));
        await app.StartAsync();
        return (app, [.. app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses]);
    }
}
