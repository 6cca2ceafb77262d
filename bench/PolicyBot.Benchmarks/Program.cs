using PolicyBot.Benchmarks.Load;
using PolicyBot.Benchmarks.Micro;

// dotnet run -c Release --project bench/PolicyBot.Benchmarks -- load [options]   (see LoadOptions)
// dotnet run -c Release --project bench/PolicyBot.Benchmarks -- micro [BenchmarkDotNet arguments]
return args.FirstOrDefault() switch
{
    "load" when args.Skip(1).Any(a => a is "--help" or "-h") => Usage(0),
    "load" => await RunLoadAsync(args[1..]),
    "micro" => MicroBenchmarks.Run(args[1..]),
    "bare-bot" => await BareBot.RunAsync(args[1..]),
    _ => Usage(2),
};

static async Task<int> RunLoadAsync(string[] args)
{
    LoadOptions options;
    try
    {
        options = LoadOptions.Parse(args);
    }
    catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
    {
        Console.Error.WriteLine(e.Message);
        return Usage(2);
    }
    return await LoadDriver.RunAsync(options);
}

static int Usage(int exitCode)
{
    (exitCode == 0 ? Console.Out : Console.Error).WriteLine("""
        usage: PolicyBot.Benchmarks load [--mode connector|expectReplies|both] [--script buttons|typed] [--conversations 64] [--duration 20]
                                         [--warmup 10] [--rate 0] [--turns 0] [--reload-every 0] [--baseline]
                                         [--bot path/PolicyBot.Bot.dll] [--set Key=Value] [--env NAME=value] [--json file]
               PolicyBot.Benchmarks micro [--filter *Recognizer*] (BenchmarkDotNet options)
        """);
    return exitCode;
}
