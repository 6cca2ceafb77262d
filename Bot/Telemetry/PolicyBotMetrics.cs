using System.Diagnostics;
using System.Diagnostics.Metrics;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Bot.Telemetry;

/// <summary>
/// The bot's instruments on the <c>PolicyBot</c> meter (README "Telemetry"). Nothing listens unless telemetry is
/// switched on; then each instrument reports <see cref="Instrument.Enabled"/> and only then is anything measured.
/// </summary>
public sealed class PolicyBotMetrics
{
    public const string MeterName = "PolicyBot";

    /// <summary>The source of the bot's own spans (one per turn), exported with the traces.</summary>
    public static readonly ActivitySource Traces = new(MeterName);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _recognizerOutcomes;
    private readonly Counter<long> _handoffs;
    private readonly Counter<long> _connectorRetries;
    private readonly Counter<long> _connectorFailures;
    private readonly Histogram<double> _storeDuration;

    public PolicyBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("policybot.turns", "{turn}", "Activities that passed authentication and were processed, by activity type and result.");
        _turnDuration = meter.CreateHistogram<double>("policybot.turn.duration", "s", "From the authenticated activity to the HTTP answer, replies sent included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15] });
        _recognizerOutcomes = meter.CreateCounter<long>("policybot.recognizer.outcomes", "{question}", "Questions the recognizer answered with a topic, offered suggestions for, or matched nothing.");
        _handoffs = meter.CreateCounter<long>("policybot.handoffs", "{handoff}", "Questions put to an owner, by owner.");
        _connectorRetries = meter.CreateCounter<long>("policybot.connector.retries", "{retry}", "Connector calls retried, by reason (HTTP status or error).");
        _connectorFailures = meter.CreateCounter<long>("policybot.connector.failures", "{call}", "Connector calls that were not delivered, by reason.");
        _storeDuration = meter.CreateHistogram<double>("policybot.store.duration", "s", "Conversation store calls, by operation.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2] });
    }

    /// <summary>A start time for <see cref="Turn"/>, or 0 when nobody listens (no clock read on the default path).</summary>
    public long TurnStarted() => _turnDuration.Enabled || _turns.Enabled ? Stopwatch.GetTimestamp() : 0;

    public void Turn(string? activityType, bool failed, long started)
    {
        if (!_turns.Enabled && started == 0) return;
        var type = new KeyValuePair<string, object?>("activity.type", activityType ?? "");
        var result = new KeyValuePair<string, object?>("result", failed ? "error" : "ok");
        _turns.Add(1, type, result);
        if (started != 0 && _turnDuration.Enabled) _turnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, type, result);
    }

    /// <summary>The recognizer's outcome of a turn and its hand-offs, from the turn's usage events.</summary>
    public void Usage(IReadOnlyList<UsageEvent> events)
    {
        if (!_recognizerOutcomes.Enabled && !_handoffs.Enabled) return;
        string? outcome = null;
        foreach (var usage in events)
        {
            switch (usage.Kind)
            {
                case UsageKind.Topic:
                    outcome = "answered";
                    break;
                case UsageKind.Suggested:
                    outcome ??= "suggested";
                    break;
                case UsageKind.Unmatched:
                    outcome ??= "unmatched";
                    break;
                case UsageKind.Handoff:
                    _handoffs.Add(1, new KeyValuePair<string, object?>("owner", usage.HandoffOwner ?? ""));
                    break;
            }
        }
        if (outcome is not null) _recognizerOutcomes.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
    }

    public void ConnectorRetry(string method, string reason) =>
        _connectorRetries.Add(1, new KeyValuePair<string, object?>("http.request.method", method), new KeyValuePair<string, object?>("reason", reason));

    public void ConnectorFailure(string method, string reason) =>
        _connectorFailures.Add(1, new KeyValuePair<string, object?>("http.request.method", method), new KeyValuePair<string, object?>("reason", reason));

    public bool StoreEnabled => _storeDuration.Enabled;

    public void Store(string operation, long started) =>
        _storeDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("operation", operation));
}
