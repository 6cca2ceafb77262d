using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyBot.Tests.CommandLine;

/// <summary>The built bot as a child process (<c>dotnet PolicyBot.Bot.dll …</c>), as an operator types it.</summary>
public sealed class BuiltBotCommandLineTests
{
    [Fact]
    public async Task HelpListsTheCommandsAndStartsNoServer()
    {
        var (exitCode, output, _) = await RunToEndAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.All(CommandLineTests.VerbNames, verb => Assert.Matches($@"(?m)^\s+{verb}\b", output));
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MistypedCommandExitsWith2AndNamesTheCommands()
    {
        var (exitCode, output, error) = await RunToEndAsync("chatt");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unrecognized command or argument 'chatt'", error, StringComparison.Ordinal);
        Assert.Contains("Commands: chat, check, content, eval, insights, package, record, forget, sweep.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutArgumentsTheBotStartsAndServes()
    {
        // No arguments at all: the address, environment and store come from the environment, as in a container.
        var folder = Directory.CreateTempSubdirectory("policybot-noargs-");
        var port = FreePort();
        var start = Start(folder.FullName);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Bot__AllowAnonymous"] = "true";
        start.Environment["Storage__SqlitePath"] = Path.Combine(folder.FullName, "bot.db");
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        try
        {
            var healthy = false;
            for (var deadline = DateTime.UtcNow.AddSeconds(30); !healthy && DateTime.UtcNow < deadline && !process.HasExited; await Task.Delay(100))
            {
                try
                {
                    using var response = await client.GetAsync("/healthz");
                    healthy = response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
            }
            Assert.True(healthy, process.HasExited ? $"The bot exited with {process.ExitCode}" : "The bot did not become healthy within 30 s");
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunToEndAsync(params string[] args)
    {
        var start = Start(Path.GetTempPath());
        foreach (var argument in args) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{string.Join(' ', args)}' did not exit within 30 s (did it start the web server?)");
        }
        return (process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo Start(string workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PolicyBot.Bot.dll"));
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
