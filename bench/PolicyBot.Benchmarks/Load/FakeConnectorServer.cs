using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PolicyBot.Benchmarks.Load;

/// <summary>
/// The Bot Connector the bot replies to: real Kestrel on 127.0.0.1 that counts the activities posted to each
/// conversation (<c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>) and answers <c>{"id":"…"}</c>.
/// Bodies are drained, not parsed, so the stub stays cheap next to the bot.
/// </summary>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    private static readonly byte[] ResourceResponse = """{"id":"reply"}"""u8.ToArray();
    private readonly ConcurrentDictionary<string, StrongBox<int>> _replies = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private long _requests;
    private long _malformed;

    private FakeConnectorServer(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests that were not a POST to a conversation's activities.</summary>
    public long Malformed => Interlocked.Read(ref _malformed);

    public static async Task<FakeConnectorServer> StartAsync()
    {
        // No config file watcher: inotify instances are a scarce per-user resource on shared machines.
        var builder = WebApplication.CreateSlimBuilder(["--hostBuilder:reloadConfigOnChange=false"]);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeConnectorServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Url = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return server;
    }

    /// <summary>Replies received so far for <paramref name="escapedConversationId"/> (as it appears in the URL).</summary>
    public int RepliesTo(string escapedConversationId) =>
        _replies.TryGetValue(escapedConversationId, out var count) ? Volatile.Read(ref count.Value) : 0;

    /// <summary>Forget a finished conversation, so the stub's memory does not grow with the run.</summary>
    public void Forget(string escapedConversationId) => _replies.TryRemove(escapedConversationId, out _);

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        await DrainAsync(context.Request.Body);
        var path = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        if (HttpMethods.IsPost(context.Request.Method) && ConversationOf(path) is { } conversation)
        {
            Interlocked.Increment(ref _replies.GetOrAdd(conversation, _ => new StrongBox<int>(0)).Value);
        }
        else
        {
            Interlocked.Increment(ref _malformed);
        }
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(ResourceResponse);
    }

    private static string? ConversationOf(string path)
    {
        const string prefix = "/v3/conversations/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var end = path.IndexOf("/activities", prefix.Length, StringComparison.Ordinal);
        return end < 0 ? null : path[prefix.Length..end];
    }

    private static async Task DrainAsync(Stream body)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            while (await body.ReadAsync(buffer) > 0)
            {
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
