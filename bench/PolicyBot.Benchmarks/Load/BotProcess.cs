using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PolicyBot.Benchmarks.Load;

/// <summary>
/// The bot under test as a child process (<c>dotnet PolicyBot.Bot.dll --urls … --Storage:SqlitePath=…</c>), started in
/// its own build folder so its appsettings.json applies. Reads peak RSS and CPU time from <c>/proc/&lt;pid&gt;</c>.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private int _errorLines;
    private int _contentLoads;
    private long _logLines;

    private BotProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public int Id => _process.Id;

    /// <summary>Console log lines at Error or Critical level (<c>fail:</c>/<c>crit:</c>).</summary>
    public int ErrorLines => Volatile.Read(ref _errorLines);

    /// <summary>How often the bot logged "Loaded {n} topics": the start plus every hot reload.</summary>
    public int ContentLoads => Volatile.Read(ref _contentLoads);

    /// <summary>Console lines the bot wrote: per-turn logging shows up here.</summary>
    public long LogLines => Interlocked.Read(ref _logLines);

    public Stopwatch SinceStart { get; } = new();

    public static BotProcess Start(string botDll, string contentPath, string databasePath, IEnumerable<string> settings, IEnumerable<string> environment, string? verb = null)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(botDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[botDll, .. verb is null ? [] : (string[])[verb], "--urls", url, "--Bot:AllowAnonymous=true", $"--Storage:SqlitePath={databasePath}", $"--Content:Path={contentPath}", .. settings.Select(s => "--" + s)])
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // appsettings.json is not watched (the content folder still is): inotify instances run out on a shared machine.
        start.Environment["DOTNET_hostBuilder__reloadConfigOnChange"] = "false";
        foreach (var variable in environment) start.Environment[variable[..variable.IndexOf('=')]] = variable[(variable.IndexOf('=') + 1)..];

        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process, url);
        process.OutputDataReceived += (_, e) => bot.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => bot.OnLine(e.Data);
        bot.SinceStart.Start();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Peak resident set size (VmHWM) in bytes.</summary>
    public long PeakRssBytes() => StatusKilobytes("VmHWM:") * 1024;

    public long RssBytes() => StatusKilobytes("VmRSS:") * 1024;

    /// <summary>User + system CPU time the bot has used so far.</summary>
    public TimeSpan CpuTime()
    {
        // /proc/<pid>/stat: "pid (comm) state ..." — utime and stime are fields 14 and 15, in clock ticks (USER_HZ = 100).
        var stat = File.ReadAllText($"/proc/{Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private long StatusKilobytes(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        return 0;
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        Interlocked.Increment(ref _logLines);
        if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLines);
            Console.Error.WriteLine($"  bot: {line}");
        }
        if (line.Contains("Loaded ", StringComparison.Ordinal) && line.Contains(" topics from ", StringComparison.Ordinal))
            Interlocked.Increment(ref _contentLoads);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
