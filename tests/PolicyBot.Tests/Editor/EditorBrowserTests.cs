using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;
using PolicyBot.Tests.Preview;
using static PolicyBot.Tests.Publishing.PublishingSetup;

namespace PolicyBot.Tests.Editor;

/// <summary>The editor page driven in Chromium (preview/tests/editor.test.mjs) against real bots on 127.0.0.1.</summary>
public sealed class EditorBrowserTests : IDisposable
{
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("policybot-editor-browser-");
    private readonly ContentFolder _content = ContentFolder.WithValidContent();

    private string[] Store => ["Storage:Provider=sqlite", $"Storage:SqlitePath={Path.Combine(_state.FullName, "state.db")}", $"Content:Path={_content.Path}"];

    [BrowserFact]
    public async Task InDevelopmentTheEditorChangesValidatesTriesAndPublishesWithoutSignIn()
    {
        await using var bot = await BotHost.StartAsync(null, null, ["environment=Development", .. Store]);

        var (exitCode, output) = await PreviewPageTests.RunInChromiumAsync("tests/editor.test.mjs", bot,
            "confidential-information", "Deel **nooit** omzetcijfers.", "Never share **turnover numbers**.", "may i post revenue");
        var took = await UntilAnswerAsync(bot, "share revenue", NewAnswer, TimeSpan.FromSeconds(5));

        Assert.True(exitCode == 0, $"editor.test.mjs exited with {exitCode}:\n{output}");
        Assert.Contains("PASS: Published as version 2", output, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(5));
    }

    public void Dispose()
    {
        _content.Dispose();
        _state.Delete(recursive: true);
    }
}
