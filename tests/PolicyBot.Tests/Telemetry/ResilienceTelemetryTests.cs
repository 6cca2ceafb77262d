using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Telemetry;

/// <summary>
/// Polly's own instruments (<c>resilience.polly.*</c>) see the Connector's sends only when Telemetry is on; by default
/// the pipeline runs without its telemetry listener, even when something in the process listens to the Polly meter.
/// </summary>
public sealed class ResilienceTelemetryTests
{
    [Fact]
    public async Task WithoutTelemetryTheConnectorPipelineReportsNothing()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new TestBot());
        using var polly = new PollyMeasurements(connector.Url);

        var sent = await host.Services.GetRequiredService<ConnectorClient>().SendAsync(Reply(connector.Url), default);

        Assert.NotNull(sent);
        Assert.Empty(polly.Instruments);
    }

    [Fact]
    public async Task WithTelemetryTheConnectorPipelineReportsEachSend()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Respond = (n, _) => n == 1 ? (503, new Dictionary<string, string> { ["Retry-After"] = "0" }) : (200, null);
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Telemetry:Prometheus=true");
        using var polly = new PollyMeasurements(connector.Url);

        var sent = await host.Services.GetRequiredService<ConnectorClient>().SendAsync(Reply(connector.Url), default);

        Assert.NotNull(sent);
        Assert.Contains("resilience.polly.pipeline.duration", polly.Instruments);
        Assert.Contains("resilience.polly.strategy.attempt.duration", polly.Instruments);
        Assert.Contains("resilience.polly.strategy.events", polly.Instruments);
    }

    private static Activity Reply(string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:polly" },
        Text = "hello",
    };

    /// <summary>Names of Polly instruments measured for one channel (the pipeline instance is the serviceUrl's authority).</summary>
    private sealed class PollyMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly string _authority;
        private readonly ConcurrentDictionary<string, bool> _seen = new();

        public PollyMeasurements(string serviceUrl)
        {
            _authority = new Uri(serviceUrl).GetLeftPart(UriPartial.Authority);
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Polly") listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Measured(instrument, tags));
            _listener.SetMeasurementEventCallback<int>((instrument, _, tags, _) => Measured(instrument, tags));
            _listener.Start();
        }

        public ICollection<string> Instruments => _seen.Keys;

        private void Measured(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "pipeline.instance" && Equals(tag.Value, _authority)) _seen[instrument.Name] = true;
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
