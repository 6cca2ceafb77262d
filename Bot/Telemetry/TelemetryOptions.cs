namespace PolicyBot.Bot.Telemetry;

/// <summary>Section <c>Telemetry</c>: OpenTelemetry metrics and traces, off unless one of these is set.</summary>
public sealed record TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serve the metrics at <c>GET /metrics</c> in Prometheus' text format.</summary>
    public bool Prometheus { get; init; }

    public OtlpOptions Otlp { get; init; } = new();

    public bool Enabled => Prometheus || Otlp.Endpoint is not null;

    public sealed record OtlpOptions
    {
        /// <summary>The collector, e.g. <c>http://otel-collector:4317</c> (gRPC) or <c>…:4318</c> with <see cref="Protocol"/> <c>http/protobuf</c>.</summary>
        public Uri? Endpoint { get; init; }

        /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
        public string Protocol { get; init; } = "grpc";

        /// <summary>How often metrics are pushed.</summary>
        public TimeSpan ExportInterval { get; init; } = TimeSpan.FromSeconds(60);
    }
}
