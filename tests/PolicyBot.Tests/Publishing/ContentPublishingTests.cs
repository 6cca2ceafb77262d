using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Publishing;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;
using static PolicyBot.Tests.Publishing.PublishingSetup;

namespace PolicyBot.Tests.Publishing;

/// <summary>
/// The content verbs against a real SQLite file in a temp folder, and a running bot (Kestrel on 127.0.0.1) on the same
/// file that switches to what is published.
/// </summary>
public sealed class ContentPublishingTests : IDisposable
{
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("policybot-publish-");
    private readonly ContentFolder _content = ContentFolder.WithValidContent();

    private string Database => Path.Combine(_state.FullName, "state.db");

    private string StoreSetting => $"--Storage:SqlitePath={Database}";

    [Fact]
    public async Task PublishedContentIsAnsweredByTheRunningBotWithinSecondsAndTheSwitchIsLoggedWithTheAuthor()
    {
        await using var bot = await StartBotAsync();
        Assert.Contains(OldAnswer, await AskAsync(bot, "share revenue"));
        using var changed = Changed();

        var (exitCode, output, _) = await ContentAsync("publish", changed.Path, "-m", "Shorter answer on figures", "--author", "comms-anna", StoreSetting);
        var took = await UntilAnswerAsync(bot, "share revenue", NewAnswer, TimeSpan.FromSeconds(5));

        Assert.True(exitCode == 0, output);
        Assert.Contains("Published version 2 (publish) by comms-anna", output, StringComparison.Ordinal);
        Assert.True(took < TimeSpan.FromSeconds(5), $"took {took}");
        var switched = Assert.Single(bot.Logs.Lines, l => l.Contains("[702]", StringComparison.Ordinal));
        Assert.Contains("Switched to content version 2 (publish) published by comms-anna", switched, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(NewAnswer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BrokenContentIsRefusedWithFileLineAndColumnAndChangesNothing()
    {
        await using var bot = await StartBotAsync();
        using var broken = Broken();

        var (exitCode, output, _) = await ContentAsync("publish", broken.Path, "-m", "Oops", "--author", "comms-anna", StoreSetting);
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.Equal(1, exitCode);
        Assert.Matches(@"(?m)^topics\.yaml:\d+:\d+: ", output);
        Assert.Contains("Nothing was published.", output, StringComparison.Ordinal);
        var versions = await bot.Services.GetRequiredService<IContentVersionStore>().ListAsync(CancellationToken.None);
        Assert.Equal([1], versions.Select(v => v.Number));
        Assert.Contains(OldAnswer, await AskAsync(bot, "share revenue", "a:after-broken"));
    }

    [Fact]
    public async Task RollbackPublishesTheEarlierFilesAsANewVersionAndTheBotSwitchesBack()
    {
        await using var bot = await StartBotAsync();
        using var changed = Changed();
        Assert.Equal(0, (await ContentAsync("publish", changed.Path, "-m", "New answer", StoreSetting)).ExitCode);
        await UntilAnswerAsync(bot, "share revenue", NewAnswer, TimeSpan.FromSeconds(5));

        var (exitCode, output, _) = await ContentAsync("rollback", "1", "-m", "Back to the first wording", "--author", "comms-bert", StoreSetting);
        await UntilAnswerAsync(bot, "share revenue", OldAnswer, TimeSpan.FromSeconds(5));

        Assert.True(exitCode == 0, output);
        var versions = await bot.Services.GetRequiredService<IContentVersionStore>().ListAsync(CancellationToken.None);
        Assert.Equal([(1, "folder"), (2, "publish"), (3, "rollback")], versions.Select(v => (v.Number, v.Kind)));
        Assert.Equal("comms-bert", versions[2].Author);
        var (_, list, _) = await ContentAsync("versions", StoreSetting);
        Assert.Matches(@"(?m)^\*\s+3\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+rollback\s+comms-bert\s+Back to the first wording$", list);
    }

    [Fact]
    public async Task ExportWritesTheFilesThatWerePublishedAndTheyPassCheck()
    {
        using var changed = Changed();
        Assert.Equal(0, (await ContentAsync("publish", changed.Path, "-m", "First", StoreSetting)).ExitCode);
        var target = Path.Combine(_state.FullName, "exported");

        var (exitCode, output, _) = await ContentAsync("export", "1", target, StoreSetting);

        Assert.True(exitCode == 0, output);
        Assert.Equal(ContentLoader.ReadFiles(changed.Path, out _), ContentLoader.ReadFiles(target, out _));
        Assert.Equal(0, PolicyBot.Bot.Commands.CheckCommand.Run(target, TextWriter.Null));
        Assert.Equal(1, (await ContentAsync("export", "1", target, StoreSetting)).ExitCode);
    }

    [Fact]
    public async Task DiffShowsAUnifiedDiffOfTheChangedFileOnly()
    {
        Assert.Equal(0, (await ContentAsync("publish", _content.Path, "-m", "First", StoreSetting)).ExitCode);
        using var changed = Changed();
        Assert.Equal(0, (await ContentAsync("publish", changed.Path, "-m", "Second", StoreSetting)).ExitCode);

        var (exitCode, output, _) = await ContentAsync("diff", "1", "2", StoreSetting);

        Assert.Equal(0, exitCode);
        Assert.Contains("--- a/topics.yaml", output, StringComparison.Ordinal);
        Assert.Contains("+++ b/topics.yaml", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^@@ -\d+,\d+ \+\d+,\d+ @@", output);
        Assert.Contains("-        Do not share **revenue figures**.", output, StringComparison.Ordinal);
        Assert.Contains("+        Do not share **turnover numbers**.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("owners.yaml", output, StringComparison.Ordinal);
        Assert.Equal(1, (await ContentAsync("diff", "1", "9", StoreSetting)).ExitCode);
    }

    [Fact]
    public async Task PublishWithoutAFolderTakesTheFolderCheckWouldAndASettingIsNotTakenForIt()
    {
        var (exitCode, output, _) = await ContentAsync("publish", "-m", "The bundled content", StoreSetting);

        Assert.True(exitCode == 0, output);
        var bundled = Path.Combine(AppContext.BaseDirectory, "Content");
        Assert.Contains($"Checking {bundled}", output, StringComparison.Ordinal);
        await using var app = await BotHost.StartAsync(null, null, "Storage:Provider=sqlite", $"Storage:SqlitePath={Database}");
        var stored = await app.Services.GetRequiredService<IContentVersionStore>().GetAsync(1, CancellationToken.None);
        Assert.Equal(ContentLoader.ReadFiles(bundled, out _), stored!.Files);
    }

    public void Dispose()
    {
        _content.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _state.Delete(recursive: true);
    }

    private Task<BotHost> StartBotAsync() =>
        BotHost.StartAsync(null, null, "Storage:Provider=sqlite", $"Storage:SqlitePath={Database}", $"Content:Path={_content.Path}");
}
