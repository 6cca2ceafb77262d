using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Preview;

public sealed class PreviewPageTests
{
    [Fact]
    public async Task PreviewIsOffOutsideDevelopment()
    {
        await using var host = await BotHost.StartAsync(null);

        using var response = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PreviewServesThePageTheBundledRendererAndTheContentVersion()
    {
        await using var host = await BotHost.StartAsync(null, settings: "Preview:Enabled=true");

        var page = await host.Client.GetStringAsync("/");
        using var renderer = await host.Client.GetAsync("/preview/adaptivecards.min.js");
        var status = JsonNode.Parse(await host.Client.GetStringAsync("/preview/status"))!;

        Assert.Contains("/preview/adaptivecards.min.js", page);
        Assert.Equal(HttpStatusCode.OK, renderer.StatusCode);
        Assert.True((int)status["contentVersion"]! >= 1);
        Assert.Empty(status["errors"]!.AsArray());
    }

    [BrowserFact]
    public void TheVendoredRendererIsTheOneThePackageLockNames()
    {
        // preview/vendor.mjs copies it from node_modules; a version bump without running it would leave the old file.
        var preview = BrowserFactAttribute.PreviewFolder();
        var installed = File.ReadAllBytes(Path.Combine(preview, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js"));
        var vendored = File.ReadAllBytes(Path.Combine(preview, "..", "Bot", "Preview", "wwwroot", "adaptivecards.min.js"));

        Assert.True(installed.AsSpan().SequenceEqual(vendored), "Bot/Preview/wwwroot/adaptivecards.min.js differs from the npm package: run `npm ci && npm run vendor` in preview/");
    }

    [BrowserFact]
    public async Task PageAnswersAQuestionWithACardAndAnswersItsButtonInChromium()
    {
        await using var host = await BotHost.StartAsync(null, settings: "Preview:Enabled=true");

        var (exitCode, output) = await RunInChromiumAsync("tests/preview.test.mjs", host);

        Assert.True(exitCode == 0, $"preview.test.mjs exited with {exitCode}:\n{output}");
        Assert.Contains("PASS", output);
    }

    [BrowserFact]
    public async Task QuotesAndMarkupInBotTextStayTextInChromium()
    {
        await using var host = await BotHost.StartAsync(null, settings: "Preview:Enabled=true");

        var (exitCode, output) = await RunInChromiumAsync("tests/escaping.test.mjs", host);

        Assert.True(exitCode == 0, $"escaping.test.mjs exited with {exitCode}:\n{output}");
        Assert.Contains("PASS", output);
    }

    /// <summary>Runs a browser test script in preview/ against the bot at <paramref name="host"/>, with its own arguments after the address.</summary>
    internal static async Task<(int ExitCode, string Output)> RunInChromiumAsync(string script, BotHost host, params string[] arguments)
    {
        var start = new ProcessStartInfo("node", [script, host.Client.BaseAddress!.ToString(), .. arguments])
        {
            WorkingDirectory = BrowserFactAttribute.PreviewFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CHROMIUM_PATH"] = BrowserFactAttribute.ChromiumPath;

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        // A whole browser script, each of whose steps may wait up to 75 s on a machine busy with the rest of the suite.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        await node.WaitForExitAsync(timeout.Token);
        return (node.ExitCode, await output + await errors);
    }
}
