using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Publishing;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;
using static PolicyBot.Tests.Publishing.PublishingSetup;

namespace PolicyBot.Tests.Publishing;

/// <summary>Which content runs: the folder until someone publishes, then the store; <c>Content:Source=folder</c> keeps the folder.</summary>
public sealed class ContentSourceTests : IDisposable
{
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("policybot-source-");
    private readonly ContentFolder _content = ContentFolder.WithValidContent();

    private string Database => Path.Combine(_state.FullName, "state.db");

    [Fact]
    public async Task AfterAPublishSavedFolderEditsNoLongerChangeTheAnswer()
    {
        await using var bot = await StartBotAsync();
        _content.Write("topics.yaml", SampleContent.Topics.Replace(OldAnswer, "folder wording", StringComparison.Ordinal));
        await UntilAnswerAsync(bot, "share revenue", "folder wording", TimeSpan.FromSeconds(5));
        using var changed = Changed();

        Assert.Equal(0, (await ContentAsync("publish", changed.Path, "-m", "Published wording", $"--Storage:SqlitePath={Database}")).ExitCode);
        await UntilAnswerAsync(bot, "share revenue", NewAnswer, TimeSpan.FromSeconds(5));
        _content.Write("topics.yaml", SampleContent.Topics.Replace(OldAnswer, "a later folder wording", StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Contains(NewAnswer, await AskAsync(bot, "share revenue", "a:after-edit"));
    }

    [Fact]
    public async Task WithSourceFolderAPublishedVersionIsIgnored()
    {
        await using var bot = await StartBotAsync("Content:Source=folder");
        using var changed = Changed();

        Assert.Equal(0, (await ContentAsync("publish", changed.Path, "-m", "Published wording", $"--Storage:SqlitePath={Database}")).ExitCode);
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        Assert.Contains(OldAnswer, await AskAsync(bot, "share revenue"));
    }

    [Fact]
    public async Task ABotStartingOnAStoreWithAPublishedVersionAnswersWithItFromTheFirstTurn()
    {
        using var changed = Changed();
        Assert.Equal(0, (await ContentAsync("publish", changed.Path, "-m", "Before any bot ran", $"--Storage:SqlitePath={Database}")).ExitCode);

        await using var bot = await StartBotAsync();

        Assert.Contains(NewAnswer, await AskAsync(bot, "share revenue"));
    }

    [Fact]
    public async Task AStoredVersionTheBotCannotLoadIsLoggedAndTheLastGoodContentStays()
    {
        await using var bot = await StartBotAsync();
        var store = bot.Services.GetRequiredService<IContentVersionStore>();
        // written past the publisher's check, as an older or newer bot might have stored it
        ContentFile[] broken = [new("topics.yaml", "topics:\n  - id: [unclosed\n")];
        await store.AddAsync(new NewContentVersion("comms-anna", DateTimeOffset.UtcNow, "Broken", ContentVersionInfo.Publish, broken), false, CancellationToken.None);

        await Eventually.True(() => bot.Logs.Lines.Any(l => l.Contains("[703]", StringComparison.Ordinal)), "the bot refuses version 2");

        Assert.Contains(bot.Logs.Lines, l => l.Contains("Content version 2 published by comms-anna has 1 errors", StringComparison.Ordinal));
        Assert.Contains(OldAnswer, await AskAsync(bot, "share revenue"));
    }

    [Fact]
    public async Task APublishIsLoggedWithItsAuthorAndNoContentText()
    {
        await using var bot = await StartBotAsync();
        var files = ContentLoader.ReadFiles(_content.Path, out _);

        var (version, errors) = await bot.Services.GetRequiredService<ContentPublisher>().PublishAsync(files, "comms-anna", "Same again", ContentVersionInfo.Publish, CancellationToken.None);

        Assert.Empty(errors);
        Assert.Equal(2, version!.Number);
        var published = Assert.Single(bot.Logs.Lines, l => l.Contains("[700]", StringComparison.Ordinal));
        Assert.Contains("Content version 2 (publish) published by comms-anna: 4 files", published, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(OldAnswer, StringComparison.Ordinal) || l.Contains("Same again", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _content.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _state.Delete(recursive: true);
    }

    private Task<BotHost> StartBotAsync(params string[] settings) =>
        BotHost.StartAsync(null, null, ["Storage:Provider=sqlite", $"Storage:SqlitePath={Database}", $"Content:Path={_content.Path}", .. settings]);
}
