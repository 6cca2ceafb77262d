using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace PolicyBot.Benchmarks.Load;

/// <summary>
/// The bot's runtime counters (<c>System.Runtime</c>, once a second over EventPipe, as dotnet-counters reads them):
/// bytes allocated per second and the managed heap's size, so a report can give allocated bytes per turn and say how
/// much of the RSS is managed heap.
/// </summary>
public sealed class BotCounters : IDisposable
{
    private readonly EventPipeSession _session;
    private readonly Task _reading;
    private readonly Lock _gate = new();
    private readonly List<(DateTime At, double Bytes)> _allocated = [];
    private readonly List<(DateTime At, string Name, double Value)> _gc = [];

    private BotCounters(EventPipeSession session)
    {
        _session = session;
        var source = new EventPipeEventSource(session.EventStream);
        source.Dynamic.All += OnEvent;
        _reading = Task.Run(source.Process);
    }

    /// <summary>The managed heap (GC heap size) at the last tick, in MiB.</summary>
    public double GcHeapMiB { get; private set; }

    /// <summary>Memory the GC has committed at the last tick, in MiB.</summary>
    public double GcCommittedMiB { get; private set; }

    public static BotCounters? TryStart(int processId)
    {
        try
        {
            var provider = new EventPipeProvider("System.Runtime", EventLevel.Informational, 0, new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
            return new BotCounters(new DiagnosticsClient(processId).StartEventPipeSession([provider], requestRundown: false));
        }
        catch (Exception ex) when (ex is ServerNotAvailableException or UnsupportedCommandException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Bytes allocated per second over the whole ticks between <paramref name="from"/> and <paramref name="to"/> (UTC).</summary>
    public double AllocatedBytesPerSecond(DateTime from, DateTime to)
    {
        lock (_gate)
        {
            // A tick's increment covers the second before it: only ticks a full second into the window count.
            var inside = _allocated.Where(t => t.At >= from.AddSeconds(1) && t.At <= to).ToList();
            return inside.Count == 0 ? 0 : inside.Sum(t => t.Bytes) / inside.Count;
        }
    }

    /// <summary>Collections of each generation and the mean share of time in GC (%) over the ticks of the window.</summary>
    public (int Gen0, int Gen1, int Gen2, double TimeInGcPercent) Collections(DateTime from, DateTime to)
    {
        lock (_gate)
        {
            var inside = _gc.Where(t => t.At >= from.AddSeconds(1) && t.At <= to).ToList();
            int Count(string name) => (int)inside.Where(t => t.Name == name).Sum(t => t.Value);
            var time = inside.Where(t => t.Name == "time-in-gc").Select(t => t.Value).DefaultIfEmpty(0).Average();
            return (Count("gen-0-gc-count"), Count("gen-1-gc-count"), Count("gen-2-gc-count"), time);
        }
    }

    public void Dispose()
    {
        try
        {
            _session.Stop();
            _reading.Wait(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is ServerNotAvailableException or AggregateException or EndOfStreamException or IOException)
        {
            // the bot has exited already
        }
        _session.Dispose();
    }

    private void OnEvent(TraceEvent e)
    {
        if (e.EventName != "EventCounters" || e.PayloadValue(0) is not IDictionary<string, object> outer || outer["Payload"] is not IDictionary<string, object> payload) return;
        switch (payload["Name"] as string)
        {
            case "alloc-rate":
                lock (_gate) _allocated.Add((DateTime.UtcNow, Convert.ToDouble(payload["Increment"], System.Globalization.CultureInfo.InvariantCulture)));
                break;
            case "gen-0-gc-count" or "gen-1-gc-count" or "gen-2-gc-count":
                lock (_gate) _gc.Add((DateTime.UtcNow, (string)payload["Name"], Convert.ToDouble(payload["Increment"], System.Globalization.CultureInfo.InvariantCulture)));
                break;
            case "time-in-gc":
                lock (_gate) _gc.Add((DateTime.UtcNow, "time-in-gc", Convert.ToDouble(payload["Mean"], System.Globalization.CultureInfo.InvariantCulture)));
                break;
            case "gc-heap-size":
                GcHeapMiB = Convert.ToDouble(payload["Mean"], System.Globalization.CultureInfo.InvariantCulture) * 1e6 / 1048576;
                break;
            case "gc-committed":
                GcCommittedMiB = Convert.ToDouble(payload["Mean"], System.Globalization.CultureInfo.InvariantCulture) * 1e6 / 1048576;
                break;
        }
    }
}
