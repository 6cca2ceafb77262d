using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Publishing;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;
using PolicyBot.Tests.Preview;
using static PolicyBot.Tests.Publishing.PublishingSetup;

namespace PolicyBot.Tests.Editor;

/// <summary>The editor page driven in Chromium (preview/tests/editor.test.mjs) against real bots on 127.0.0.1.</summary>
public sealed class EditorBrowserTests(ITestOutputHelper log) : IDisposable
{
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("policybot-editor-browser-");
    private readonly ContentFolder _content = ContentFolder.WithValidContent();

    private string[] Store => ["Storage:Provider=sqlite", $"Storage:SqlitePath={Path.Combine(_state.FullName, "state.db")}", $"Content:Path={_content.Path}"];

    [BrowserFact]
    public async Task InDevelopmentTheEditorChangesValidatesTriesAndPublishesWithoutSignIn()
    {
        await using var bot = await BotHost.StartAsync(null, null, ["environment=Development", .. Store]);

        var (exitCode, run) = await PreviewPageTests.RunInChromiumAsync("tests/editor.test.mjs", bot,
            "confidential-information", "Deel **nooit** omzetcijfers.", "Never share **turnover numbers**.", "may i post revenue");
        var took = await UntilAnswerAsync(bot, "share revenue", NewAnswer, TimeSpan.FromSeconds(5));

        Assert.True(exitCode == 0, $"editor.test.mjs exited with {exitCode}:\n{run}");
        Assert.Contains("PASS: Published as version 2", run, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(5));
    }

    [BrowserFact]
    public async Task ASignedInEditorPublishesAndASecondBotOnTheSameStoreAnswersWithTheNewTextWithinFiveSeconds()
    {
        await using var entra = await FakeEntraServer.StartAsync();
        entra.User = new("00000000-0000-0000-0000-0000000000aa", [], ["PolicyBot.ContentEditor"]);
        await using var editing = await BotHost.StartAsync(null, SignedInEditor.OnLoopback(entra),
            [.. Store, .. entra.Settings(), "Editor:AllowedRoles:0=PolicyBot.ContentEditor"]);
        await using var other = await BotHost.StartAsync(null, null, Store);
        Assert.Contains(OldAnswer, await AskAsync(other, "share revenue"));

        var (exitCode, run) = await PreviewPageTests.RunInChromiumAsync("tests/editor.test.mjs", editing,
            "confidential-information", "Deel **nooit** omzetcijfers.", "Never share **turnover numbers**.", "may i post revenue");
        Assert.True(exitCode == 0, $"editor.test.mjs exited with {exitCode}:\n{run}");
        await UntilAnswerAsync(other, "share revenue", NewAnswer, TimeSpan.FromSeconds(30));
        var publishedAt = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Regex.Match(run, @"published-at-ms=(\d+)").Groups[1].Value, CultureInfo.InvariantCulture));
        var took = DateTimeOffset.UtcNow - publishedAt;

        log.WriteLine($"the second bot answered with the new text {took.TotalSeconds:0.00} s after the publish");
        Assert.Contains("PASS: Published as version 2", run, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(5), $"the other bot answered with the new text {took.TotalSeconds:0.0} s after the publish");
        var version = (await editing.Services.GetRequiredService<IContentVersionStore>().ListAsync(default))[^1];
        Assert.Equal("00000000-0000-0000-0000-0000000000aa", version.Author);
    }

    public void Dispose()
    {
        _content.Dispose();
        _state.Delete(recursive: true);
    }
}
