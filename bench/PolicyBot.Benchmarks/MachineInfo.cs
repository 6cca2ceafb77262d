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
