using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PolicyBot.Benchmarks.Micro;

/// <summary>
/// BenchmarkDotNet, in process (no per-benchmark project build), short runs with allocations. Any BenchmarkDotNet
/// argument works after <c>micro</c>, e.g. <c>--filter *Recognizer*</c>; without one every benchmark runs.
/// </summary>
public static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly)
            .Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), $"policybot-bench-content-*-{Environment.ProcessId}"))
            Directory.Delete(folder, recursive: true);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
