using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Telemetry;

/// <summary><c>Telemetry:Otlp:Endpoint</c>: metrics and traces pushed to a collector (here a Kestrel stand-in on 127.0.0.1).</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task MetricsAndTheTurnSpanArePushedToTheCollector()
    {
        var received = new ConcurrentQueue<(string Path, byte[] Body)>();
        await using var collector = await StartCollectorAsync(received);
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot(), null,
            $"Telemetry:Otlp:Endpoint={collector.Urls.Single()}", "Telemetry:Otlp:Protocol=http/protobuf", "Telemetry:Otlp:ExportInterval=00:00:01");

        using var response = await host.PostActivityAsync(TestActivities.Message(connector.Url, "hello"));

        // Protobuf keeps names as UTF-8, so the instrument's and the span's names can be found in the bodies as sent.
        await Eventually.True(() => received.Any(r => r.Path == "/v1/metrics" && Contains(r.Body, "policybot.turns")), "the turn counter was exported");
        await Eventually.True(() => received.Any(r => r.Path == "/v1/traces" && Contains(r.Body, "turn") && Contains(r.Body, "activity.type")), "the turn span was exported");
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private static async Task<WebApplication> StartCollectorAsync(ConcurrentQueue<(string, byte[])> received)
    {
        var (app, _) = await LoopbackServer.StartAsync(_ => async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue((context.Request.Path.Value ?? "", body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
        });
        return app;
    }
}
