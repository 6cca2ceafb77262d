using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// The built bot as a child process: <c>dotnet PolicyBot.Bot.dll --urls http://127.0.0.1:{free port} …</c>, the dll
/// taken from beside the test assembly (the project reference copies it there). <see cref="Kill"/> is a SIGKILL.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public static Task<BotProcess> StartAsync(string workingDirectory, params string[] settings) =>
        StartAsync(workingDirectory, new Dictionary<string, string>(), settings);

    /// <param name="environment">Variables for the child only, e.g. the IDENTITY_ENDPOINT an Azure host sets.</param>
    public static async Task<BotProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] settings)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "PolicyBot.Bot.dll");
        Assert.True(File.Exists(dll), $"The bot is not built beside the tests: {dll}");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}", "--Bot:AllowAnonymous=true" }.Concat(settings)) start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        // Drain the console so a chatty bot never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await bot.WaitUntilHealthyAsync();
        return bot;
    }

    /// <summary>The most memory the process has held so far (VmHWM from /proc), in bytes.</summary>
    public long PeakResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The files the process has mapped (from /proc/&lt;pid&gt;/maps): its native libraries and loaded assemblies.</summary>
    public IReadOnlySet<string> MappedFiles() =>
        File.ReadLines($"/proc/{_process.Id}/maps").Select(l => l.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 6 && f[5].StartsWith('/')).Select(f => f[5].Trim()).ToHashSet(StringComparer.Ordinal);

    /// <summary>SIGKILL: no shutdown hooks, no flushing, like a power cut of the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            Assert.False(_process.HasExited, $"The bot exited at start with code {(_process.HasExited ? _process.ExitCode : 0)}");
            try
            {
                using var response = await Client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            Assert.True(DateTime.UtcNow < deadline, "The bot did not become healthy within 20 s");
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited) Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
