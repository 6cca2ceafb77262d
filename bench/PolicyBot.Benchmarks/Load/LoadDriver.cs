using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;

namespace PolicyBot.Benchmarks.Load;

/// <summary>
/// Plays the channel against the bot's build output: for each mode a fresh bot process, database and fake Bot
/// Connector; N conversations run their scripts concurrently for the warm-up and then the measured window.
/// </summary>
public static class LoadDriver
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var botDll = Path.GetFullPath(options.BotPath ?? Path.Combine(AppContext.BaseDirectory, "PolicyBot.Bot.dll"));
        if (!File.Exists(botDll)) throw new FileNotFoundException("The bot's build output was not found; pass --bot", botDll);
        var machine = MachineInfo.Read();
        Console.WriteLine($"machine: {machine}");
        Console.WriteLine($"bot: {botDll}");

        var reports = new List<LoadReport>();
        foreach (var mode in options.Modes) reports.Add(await RunModeAsync(options, mode, botDll));

        var json = options.JsonPath ?? Path.Combine("bench-results", $"load-{DateTime.UtcNow:yyyyMMdd-HHmmss}.json");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(json))!);
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(new { machine, options, reports }, LoadReport.Json));
        Console.WriteLine($"wrote {json}");
        return reports.All(r => r.Errors.Total == 0) ? 0 : 1;
    }

    private static async Task<LoadReport> RunModeAsync(LoadOptions options, string mode, string botDll)
    {
        var expectReplies = mode == "expectReplies";
        var folder = Directory.CreateTempSubdirectory("policybot-bench-");
        try
        {
            var content = Path.Combine(folder.FullName, "content");
            CopyFolder(Path.Combine(Path.GetDirectoryName(botDll)!, "Content"), content);
            var loaded = ContentLoader.Load(content);
            if (!loaded.Succeeded) throw new InvalidOperationException("The bundled content does not load: " + string.Join("; ", loaded.Errors));
            var scripts = Enumerable.Range(0, 64)
                .Select(v => options.Script == "typed" ? ConversationScript.Typed(loaded.Content, v) : ConversationScript.For(loaded.Content, v))
                .ToArray();
            // The bare endpoint answers every activity with exactly one reply.
            if (options.Baseline) scripts = [.. scripts.Select(s => (IReadOnlyList<ScriptTurn>)[.. s.Select(t => t with { MinReplies = 1 })])];
            var database = Path.Combine(folder.FullName, "bench.db");

            await using var connector = await FakeConnectorServer.StartAsync();
            await using var bot = options.Baseline
                ? BotProcess.Start(typeof(BareBot).Assembly.Location, content, database, [], options.BotEnvironment, "bare-bot")
                : BotProcess.Start(botDll, content, database, options.BotSettings, options.BotEnvironment);
            using var http = LoadClient.Create(options.Conversations + 4);
            var run = new LoadRun(http, connector, bot.Url + "/api/messages", expectReplies, scripts);
            var label = $"{(options.Baseline ? "bare endpoint, " : "")}{mode}{(options.Script == "typed" ? ", typed" : "")}";

            var startup = await run.FirstAnsweredTurnAsync(bot.SinceStart, TimeSpan.FromSeconds(60));
            using var counters = options.Baseline ? null : BotCounters.TryStart(bot.Id);
            Console.WriteLine($"[{label}] first answered turn {startup.TotalMilliseconds:F0} ms after process start; warming up {options.Warmup:F0} s");
            await run.RunAsync(options.Conversations, TimeSpan.FromSeconds(options.Warmup), maxTurns: 0, reloadEvery: 0, content, options.Rate);

            run.Reset();
            var cpuBefore = bot.CpuTime();
            var logLinesBefore = bot.LogLines;
            var driverCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var machineBefore = MachineInfo.BusyCpuTime();
            var measureFrom = DateTime.UtcNow;
            var elapsed = await run.RunAsync(options.Conversations, TimeSpan.FromSeconds(options.Duration), options.MaxTurns, options.ReloadEvery, content, options.Rate);
            var cpu = bot.CpuTime() - cpuBefore;
            var driverCpu = Process.GetCurrentProcess().TotalProcessorTime - driverCpuBefore;
            var machineBusy = MachineInfo.BusyCpuTime() - machineBefore;
            // One more counter tick, so the window's last second is in.
            var measureTo = DateTime.UtcNow;
            if (counters is not null) await Task.Delay(TimeSpan.FromSeconds(1.2));

            var report = run.Report(label, options.Conversations, elapsed) with
            {
                OfferedRate = options.Rate,
                StartupMs = Math.Round(startup.TotalMilliseconds, 1),
                BotPeakRssMiB = Math.Round(bot.PeakRssBytes() / 1048576.0, 1),
                BotRssAtEndMiB = Math.Round(bot.RssBytes() / 1048576.0, 1),
                BotCpuSeconds = Math.Round(cpu.TotalSeconds, 2),
                BotCpuCores = Math.Round(cpu.TotalSeconds / elapsed.TotalSeconds, 2),
                BotCpuMicrosecondsPerTurn = run.Turns == 0 ? 0 : Math.Round(cpu.TotalMicroseconds / run.Turns, 0),
                AllocatedBytesPerTurn = counters is null || run.Turns == 0 ? 0 : Math.Round(counters.AllocatedBytesPerSecond(measureFrom, measureTo) * elapsed.TotalSeconds / run.Turns, 0),
                GcHeapMiB = Math.Round(counters?.GcHeapMiB ?? 0, 1),
                GcCommittedMiB = Math.Round(counters?.GcCommittedMiB ?? 0, 1),
                GcCollections = counters?.Collections(measureFrom, measureTo) is { } gc ? [gc.Gen0, gc.Gen1, gc.Gen2] : [],
                TimeInGcPercent = Math.Round(counters?.Collections(measureFrom, measureTo).TimeInGcPercent ?? 0, 1),
                DriverCpuCores = Math.Round(driverCpu.TotalSeconds / elapsed.TotalSeconds, 2),
                OtherCpuCores = Math.Round(Math.Max(0, (machineBusy - cpu - driverCpu).TotalSeconds) / elapsed.TotalSeconds, 2),
                ContentReloads = Math.Max(0, bot.ContentLoads - 1),
                BotLogLines = bot.LogLines - logLinesBefore,
                StoredConversations = CountStoredConversations(database),
            };
            report = report with { Errors = report.Errors with { BotErrorLogs = bot.ErrorLines } };
            Console.WriteLine(report.Summary());
            return report;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Conversation state rows in the bot's database: every conversation that ran a turn has one (0 without SQLite).</summary>
    private static long CountStoredConversations(string database)
    {
        if (!File.Exists(database)) return 0; // the memory store
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM conversation_state WHERE key LIKE '%/conversations/%'";
        return (long)command.ExecuteScalar()!;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

/// <summary>The driver's HTTP client: pooled keep-alive connections, one per conversation in flight, no proxy.</summary>
internal static class LoadClient
{
    public static HttpClient Create(int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
}
