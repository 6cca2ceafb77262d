using PolicyBot.Benchmarks.Load;
using PolicyBot.Benchmarks.Micro;

// dotnet run -c Release --project bench/PolicyBot.Benchmarks -- load [options]   (see LoadOptions)
// dotnet run -c Release --project bench/PolicyBot.Benchmarks -- micro [BenchmarkDotNet arguments]
return args.FirstOrDefault() switch
{
    "load" => await LoadDriver.RunAsync(LoadOptions.Parse(args[1..])),
    "micro" => MicroBenchmarks.Run(args[1..]),
    "bare-bot" => await BareBot.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: PolicyBot.Benchmarks load [--mode connector|expectReplies|both] [--conversations 64] [--duration 20]
                                         [--warmup 10] [--rate 0] [--turns 0] [--reload-every 0] [--baseline]
                                         [--bot path/PolicyBot.Bot.dll] [--set Key=Value] [--env NAME=value] [--json file]
               PolicyBot.Benchmarks micro [--filter *Recognizer*] (BenchmarkDotNet options)
        """);
    return 2;
}
