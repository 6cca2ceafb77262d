using System.Globalization;

namespace PolicyBot.Benchmarks.Load;

/// <summary>Command-line options of <c>load</c>. The run is bounded by <see cref="Duration"/> and, when set, <see cref="MaxTurns"/>.</summary>
public sealed record LoadOptions
{
    /// <summary><c>connector</c>, <c>expectReplies</c> or <c>both</c> (each mode gets a fresh bot and database).</summary>
    public string Mode { get; init; } = "both";

    /// <summary>Conversations in flight at once; each runs its script turn after turn, then starts a new conversation.</summary>
    public int Conversations { get; init; } = 64;

    /// <summary>Measured seconds per mode.</summary>
    public double Duration { get; init; } = 20;

    /// <summary>Seconds of load before measuring (JIT, tiered compilation, SQLite cache), reported apart.</summary>
    public double Warmup { get; init; } = 10;

    /// <summary>
    /// Offered turns per second over all conversations, sent on a fixed schedule whether or not the bot keeps up
    /// (open loop); latency counts from the scheduled time, so queueing is not hidden. 0 = closed loop: each
    /// conversation sends its next turn as soon as the last one was answered (the most the bot can do).
    /// </summary>
    public double Rate { get; init; }

    /// <summary>
    /// <c>buttons</c>: <see cref="ConversationScript.For"/> (card submits for most steps); <c>typed</c>:
    /// <see cref="ConversationScript.Typed"/> (every turn typed, as most employees do).
    /// </summary>
    public string Script { get; init; } = "buttons";

    /// <summary>Run the driver against <see cref="BareBot"/> instead of PolicyBot: what the machine allows.</summary>
    public bool Baseline { get; init; }

    /// <summary>Stop after this many measured turns (0 = only the duration bounds the run).</summary>
    public long MaxTurns { get; init; }

    /// <summary>Rewrite a content file every so many seconds to make the bot hot-reload under load (0 = never).</summary>
    public double ReloadEvery { get; init; }

    /// <summary>The bot's build output; default: the PolicyBot.Bot.dll beside this program.</summary>
    public string? BotPath { get; init; }

    /// <summary>Extra bot settings (<c>--set Storage:Provider=memory</c>), for experiments; the targets are measured without.</summary>
    public IReadOnlyList<string> BotSettings { get; init; } = [];

    /// <summary>Extra environment variables for the bot (<c>--env DOTNET_gcServer=0</c>), for experiments.</summary>
    public IReadOnlyList<string> BotEnvironment { get; init; } = [];

    /// <summary>Where to write the JSON report; default <c>bench-results/load-&lt;timestamp&gt;.json</c>.</summary>
    public string? JsonPath { get; init; }

    public IEnumerable<string> Modes => Mode == "both" ? ["connector", "expectReplies"] : [Mode];

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--baseline")
            {
                options = options with { Baseline = true };
                continue;
            }
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--mode" => options with { Mode = value is "connector" or "expectReplies" or "both" ? value : throw new ArgumentException("--mode connector|expectReplies|both") },
                "--script" => options with { Script = value is "buttons" or "typed" ? value : throw new ArgumentException("--script buttons|typed") },
                "--conversations" => options with { Conversations = Math.Max(1, int.Parse(value, CultureInfo.InvariantCulture)) },
                "--duration" => options with { Duration = double.Parse(value, CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = double.Parse(value, CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = Math.Max(0, double.Parse(value, CultureInfo.InvariantCulture)) },
                "--turns" => options with { MaxTurns = long.Parse(value, CultureInfo.InvariantCulture) },
                "--reload-every" => options with { ReloadEvery = double.Parse(value, CultureInfo.InvariantCulture) },
                "--bot" => options with { BotPath = value },
                "--set" => options with { BotSettings = [.. options.BotSettings, value] },
                "--env" => options with { BotEnvironment = [.. options.BotEnvironment, value] },
                "--json" => options with { JsonPath = value },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            i++;
        }
        return options;
    }
}
