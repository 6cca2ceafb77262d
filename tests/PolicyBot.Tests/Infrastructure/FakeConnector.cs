using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PolicyBot.Tests.Infrastructure;

/// <summary>
/// A Bot Connector stand-in: a real Kestrel server on 127.0.0.1 that records every request and answers
/// <c>{"id":"…"}</c>, or whatever <see cref="Respond"/> decides (e.g. 429 first).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _counter;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The base address, without a trailing slash: <c>http://127.0.0.1:port</c>.</summary>
    public string Url { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Status and extra headers for the n-th request (1-based); default 200.</summary>
    public Func<int, RecordedRequest, (int Status, IDictionary<string, string>? Headers)> Respond { get; set; } = (_, _) => (200, null);

    /// <summary>The body of a 2xx answer to the n-th request (1-based), as raw bytes; null: <c>{"id":"reply-n"}</c>.</summary>
    public Func<int, byte[]?> Body { get; set; } = _ => null;

    /// <summary>How long to stall before answering the n-th request (1-based), e.g. to make the bot's request time out.</summary>
    public Func<int, TimeSpan> Delay { get; set; } = _ => TimeSpan.Zero;

    /// <summary>How long request n's answer waits between its headers (sent at once) and its body; zero sends both together.</summary>
    public Func<int, TimeSpan> BodyStall { get; set; } = _ => TimeSpan.Zero;

    public static async Task<FakeConnector> StartAsync()
    {
        FakeConnector? connector = null;
        var (_, addresses) = await LoopbackServer.StartAsync(app => (connector = new FakeConnector(app)).HandleAsync);
        connector!.Url = addresses.Single();
        return connector;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var request = new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        _requests.Enqueue(request);
        var n = Interlocked.Increment(ref _counter);
        var (status, headers) = Respond(n, request);
        if (!await WaitAsync(Delay(n), context)) return;
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        if (status >= 300) return;
        if (BodyStall(n) is var stall && stall > TimeSpan.Zero)
        {
            await context.Response.StartAsync();
            await context.Response.Body.FlushAsync();
            if (!await WaitAsync(stall, context)) return;
        }
        if (Body(n) is { } raw) await context.Response.Body.WriteAsync(raw);
        else await context.Response.WriteAsJsonAsync(new { id = $"reply-{_counter}" });
    }

    /// <summary>Waits <paramref name="delay"/>; false when the client gave up on the request first.</summary>
    private static async Task<bool> WaitAsync(TimeSpan delay, HttpContext context)
    {
        if (delay <= TimeSpan.Zero) return true;
        try
        {
            await Task.Delay(delay, context.RequestAborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>One request the fake connector received; <see cref="RawTarget"/> keeps the escaping as sent.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
