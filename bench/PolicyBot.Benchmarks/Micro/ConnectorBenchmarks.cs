using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;

namespace PolicyBot.Benchmarks.Micro;

/// <summary>
/// What one delivered reply costs on the bot's side of the wire: <see cref="ConnectorClient.SendAsync"/> (the Polly
/// pipeline, pacing check, token seam, JSON) against the same request through a bare HttpClient. Both end in a handler
/// that answers 200 at once, so the network is not measured, only the code in between. With <see cref="Metrics"/> the
/// bot runs as the README switches metrics on (<c>Telemetry:Prometheus=true</c>, not scraped): the bot's, Polly's and
/// HttpClient's instruments are aggregated on every send.
/// </summary>
[MemoryDiagnoser]
public class ConnectorBenchmarks
{
    private WebApplication _app = null!;
    private ConnectorClient _connector = null!;
    private HttpClient _bare = null!;
    private Activity _reply = null!;

    [Params(false, true)]
    public bool Metrics { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _app = PolicyBot.Bot.PolicyBotApp.Build(["--Bot:AllowAnonymous=true", "--Storage:Provider=memory", "--Logging:LogLevel:Default=Warning", $"--Telemetry:Prometheus={Metrics}"], builder =>
            builder.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new AnswerAtOnce()));
        _connector = _app.Services.GetRequiredService<ConnectorClient>();
        // The host is not started, so the meter provider its hosted service would start is asked for here (by name: the
        // builds before OpenTelemetry have none, and there Metrics changes nothing).
        if (Type.GetType("OpenTelemetry.Metrics.MeterProvider, OpenTelemetry") is { } meterProvider) _app.Services.GetService(meterProvider);
        _bare = new HttpClient(new AnswerAtOnce());
        _reply = new Activity
        {
            Type = ActivityTypes.Message,
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            Conversation = new ConversationAccount { Id = "a:bench" },
            Text = "Mag ik een foto van een klant delen? Alleen met toestemming.",
        };
    }

    [Benchmark(Baseline = true)]
    public async Task<HttpStatusCode> BareHttpClient()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ConnectorUrls.Activities(_reply.ServiceUrl!, _reply.Conversation!.Id!))
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(_reply, ProtocolJson.Options)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await _bare.SendAsync(request);
        await response.Content.ReadAsStringAsync();
        return response.StatusCode;
    }

    [Benchmark]
    public Task<ResourceResponse?> ConnectorClientSend() => _connector.SendAsync(_reply, default);

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _bare.Dispose();
        await _app.DisposeAsync();
    }

    private sealed class AnswerAtOnce : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"1\"}") });
    }
}
