using System.Runtime.CompilerServices;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PolicyBot.Bot.State;

namespace PolicyBot.Bot.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// The <c>PolicyBot</c> meter always (nobody listens by default); OpenTelemetry only when section <c>Telemetry</c>
    /// asks for it: the Prometheus endpoint, an OTLP exporter of metrics and traces, or both. With it off nothing is
    /// registered that a turn would pass through.
    /// </summary>
    public static IServiceCollection AddPolicyBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<PolicyBotMetrics>();
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section)
            .Validate(o => o.Otlp.Protocol is "grpc" or "http/protobuf", "Telemetry:Otlp:Protocol must be grpc or http/protobuf.")
            .Validate(o => o.Otlp.ExportInterval >= TimeSpan.FromSeconds(1), "Telemetry:Otlp:ExportInterval must be at least a second.")
            .ValidateOnStart();
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.Enabled) AddExporters(services, options);
        return services;
    }

    /// <summary>
    /// The exporters, in a method of their own: the runtime loads the OpenTelemetry assemblies when it compiles a method
    /// that names their types, so with telemetry off they are never loaded (docs/performance-history.md). Never inlined, or
    /// compiling the caller would load them after all.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddExporters(IServiceCollection services, TelemetryOptions options)
    {
        TimeStoreCalls(services);
        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("PolicyBot"));
        telemetry.WithMetrics(metrics =>
        {
            // The bot's own instruments, Polly's resilience events, and the server's and HTTP client's built-in meters.
            metrics.AddMeter(PolicyBotMetrics.MeterName, "Polly", "Microsoft.AspNetCore.Hosting", "System.Net.Http");
            if (options.Prometheus) metrics.AddPrometheusExporter();
            if (options.Otlp.Endpoint is not null)
                metrics.AddOtlpExporter((exporter, reader) =>
                {
                    Configure(exporter, options.Otlp, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.Otlp.ExportInterval.TotalMilliseconds;
                });
        });
        if (options.Otlp.Endpoint is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(PolicyBotMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(exporter => Configure(exporter, options.Otlp, "v1/traces")));
        }
    }

    /// <summary><c>GET /metrics</c> when <c>Telemetry:Prometheus</c> is on.</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Configuration.GetValue<bool>($"{TelemetryOptions.Section}:{nameof(TelemetryOptions.Prometheus)}")) MapPrometheus(app);
        return app;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // as AddExporters: the exporter's assembly only when it is on
    private static void MapPrometheus(WebApplication app) => app.MapPrometheusScrapingEndpoint("/metrics");

    private static void Configure(OtlpExporterOptions exporter, TelemetryOptions.OtlpOptions options, string signalPath)
    {
        var http = options.Protocol == "http/protobuf";
        exporter.Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        // Over HTTP each signal has its own path under the collector's address; gRPC takes the address as is.
        exporter.Endpoint = http ? new Uri(options.Endpoint!, signalPath) : options.Endpoint!;
    }

    private static void TimeStoreCalls(IServiceCollection services)
    {
        var store = services.Last(d => d.ServiceType == typeof(IConversationStore));
        services.Remove(store);
        services.AddSingleton<IConversationStore>(sp => new TimedConversationStore(
            store.ImplementationFactory is { } factory ? (IConversationStore)factory(sp) : (IConversationStore)(store.ImplementationInstance ?? ActivatorUtilities.CreateInstance(sp, store.ImplementationType!)),
            sp.GetRequiredService<PolicyBotMetrics>()));
    }
}
