using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PolicyBot.Benchmarks.Load;

/// <summary>The figures of one mode's measured window, as printed and written to the JSON report.</summary>
public sealed record LoadReport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public required string Mode { get; init; }

    public int Conversations { get; init; }

    /// <summary>Turns per second offered on a fixed schedule (open loop), or 0 when each conversation sent as fast as answered.</summary>
    public double OfferedRate { get; init; }

    public double Seconds { get; init; }

    public long Turns { get; init; }

    public double TurnsPerSecond { get; init; }

    /// <summary>Conversations started in the measured window (each a new conversation id).</summary>
    public long DistinctConversations { get; init; }

    /// <summary>Conversation state rows in the database at the end (warm-up, start-up probe and measured window).</summary>
    public long StoredConversations { get; init; }

    public required LatencySummary Latency { get; init; }

    /// <summary>Latency per step of the script (join, check choice, question, hand-off…): which kind of turn is dear.</summary>
    public IReadOnlyDictionary<string, StepLatency> Steps { get; init; } = new Dictionary<string, StepLatency>();

    public required ErrorCounts Errors { get; init; }

    /// <summary>Process start to the first 200 whose replies arrived.</summary>
    public double StartupMs { get; init; }

    public double BotPeakRssMiB { get; init; }

    public double BotRssAtEndMiB { get; init; }

    public double BotCpuSeconds { get; init; }

    /// <summary>Average cores the bot kept busy in the measured window.</summary>
    public double BotCpuCores { get; init; }

    /// <summary>The bot's CPU time divided by the turns: what a turn costs, whatever else runs on the machine.</summary>
    public double BotCpuMicrosecondsPerTurn { get; init; }

    /// <summary>Bytes the bot allocated per turn (the runtime's allocation counter over the measured window; 0 when unread).</summary>
    public double AllocatedBytesPerTurn { get; init; }

    /// <summary>The managed heap and what the GC had committed at the end: the part of the RSS that is managed.</summary>
    public double GcHeapMiB { get; init; }

    public double GcCommittedMiB { get; init; }

    /// <summary>Collections of generation 0, 1 and 2 in the measured window, and the mean share of time in GC.</summary>
    public IReadOnlyList<int> GcCollections { get; init; } = [];

    public double TimeInGcPercent { get; init; }

    public double DriverCpuCores { get; init; }

    /// <summary>Cores busy with everything else (kernel work outside the two processes, other users): noise in the figures.</summary>
    public double OtherCpuCores { get; init; }

    public int ContentReloads { get; init; }

    /// <summary>Console lines the bot wrote in the measured window.</summary>
    public long BotLogLines { get; init; }

    public string Summary() => string.Create(CultureInfo.InvariantCulture, $"""
        [{Mode}] {Conversations} conversations{(OfferedRate > 0 ? $" at {OfferedRate:F0} turns/s offered" : ", closed loop")}, {Seconds:F1} s: {Turns} turns = {TurnsPerSecond:F0} turns/s, {DistinctConversations} new conversations ({StoredConversations} stored)
          latency ms: p50 {Latency.P50:F2}  p95 {Latency.P95:F2}  p99 {Latency.P99:F2}  max {Latency.Max:F2}  mean {Latency.Mean:F2}
          per step, p50 / p99 ms: {string.Join(", ", Steps.OrderByDescending(s => s.Value.Latency.P99).Select(s => $"{s.Key} {s.Value.Latency.P50:F1} / {s.Value.Latency.P99:F1}"))}
          errors: {Errors.Total} (http {Errors.Http}, missing replies {Errors.MissingReplies}, exceptions {Errors.Exceptions}, bot error logs {Errors.BotErrorLogs})
          bot: start to first answer {StartupMs:F0} ms, peak RSS {BotPeakRssMiB:F1} MiB (at end {BotRssAtEndMiB:F1}), CPU {BotCpuSeconds:F1} s = {BotCpuCores:F2} cores = {BotCpuMicrosecondsPerTurn:F0} µs/turn; driver {DriverCpuCores:F2} cores; rest of machine {OtherCpuCores:F2} cores; content reloads {ContentReloads}; {BotLogLines} log lines
          bot memory: allocated {AllocatedBytesPerTurn:F0} B/turn; GC heap {GcHeapMiB:F1} MiB, GC committed {GcCommittedMiB:F1} MiB at the end; collections gen0/1/2 {string.Join(" / ", GcCollections)}, {TimeInGcPercent:F1} % time in GC
        """);
}

/// <summary>How many turns of one script step were measured, and their latency.</summary>
public sealed record StepLatency(long Turns, LatencySummary Latency);

public sealed record LatencySummary(double P50, double P95, double P99, double Max, double Mean)
{
    /// <summary>Nearest-rank percentiles of <paramref name="sortedMs"/>.</summary>
    public static LatencySummary Of(double[] sortedMs)
    {
        ArgumentNullException.ThrowIfNull(sortedMs);
        if (sortedMs.Length == 0) return new(0, 0, 0, 0, 0);
        double At(double p) => Math.Round(sortedMs[Math.Clamp((int)Math.Ceiling(p * sortedMs.Length) - 1, 0, sortedMs.Length - 1)], 3);
        return new(At(0.50), At(0.95), At(0.99), Math.Round(sortedMs[^1], 3), Math.Round(sortedMs.Average(), 3));
    }
}

public sealed record ErrorCounts
{
    /// <summary>Answers other than 200.</summary>
    public long Http { get; init; }

    /// <summary>Turns with fewer replies than the script expects (none arrived, or too late).</summary>
    public long MissingReplies { get; init; }

    /// <summary>Connection failures and timeouts.</summary>
    public long Exceptions { get; init; }

    /// <summary>Error and critical lines in the bot's console log (failed turns, failed sends).</summary>
    public long BotErrorLogs { get; init; }

    [JsonInclude]
    public long Total => Http + MissingReplies + Exceptions + BotErrorLogs;
}
