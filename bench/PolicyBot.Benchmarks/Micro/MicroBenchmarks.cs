namespace PolicyBot.Benchmarks.Micro;

public static class MicroBenchmarks
{
    public static int Run(string[] args) => 0;
}
