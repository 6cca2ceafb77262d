using System.Runtime.InteropServices;

namespace PolicyBot.Benchmarks;

/// <summary>What the figures were measured on: cores, CPU model (/proc/cpuinfo), RAM (/proc/meminfo), .NET and OS.</summary>
public sealed record MachineInfo(int Cores, string Cpu, double RamGiB, string DotNet, string Os)
{
    public static MachineInfo Read() => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Math.Round(double.Parse(ProcField("/proc/meminfo", "MemTotal")?.Split(' ')[0] ?? "0", System.Globalization.CultureInfo.InvariantCulture) / 1048576, 1),
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription);

    /// <summary>CPU time the whole machine has been busy (all processes, kernel included), from /proc/stat.</summary>
    public static TimeSpan BusyCpuTime()
    {
        if (!File.Exists("/proc/stat")) return TimeSpan.Zero;
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        // user nice system idle iowait irq softirq steal ...: busy = everything but idle and iowait, in USER_HZ ticks
        var busy = fields.Take(8).Sum() - fields[3] - fields[4];
        return TimeSpan.FromSeconds(busy / 100.0);
    }

    public override string ToString() => $"{Cores} cores, {Cpu}, {RamGiB} GiB RAM, {DotNet}, {Os}";

    private static string? ProcField(string file, string name)
    {
        if (!File.Exists(file)) return null;
        return File.ReadLines(file)
            .Where(l => l.StartsWith(name, StringComparison.Ordinal) && l.Contains(':'))
            .Select(l => l[(l.IndexOf(':') + 1)..].Trim())
            .FirstOrDefault();
    }
}
