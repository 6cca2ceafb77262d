using System.Collections.Concurrent;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Content;

public sealed class ContentStoreTests
{
    private readonly ListLogger<ContentStore> logger = new();

    [Fact]
    public void FirstLoadServesVersionOneAndLogsTheTopicCount()
    {
        using var folder = ContentFolder.WithValidContent();

        using var store = NewStore(folder);

        Assert.True(store.IsLoaded);
        Assert.Empty(store.Errors);
        Assert.Equal(1, store.Current.Version);
        Assert.Same(store.Current.Content, ((RecordingRecognizer)store.Current.Recognizer).Content);
        Assert.Contains($"Information: Loaded 2 topics from {Path.GetFullPath(folder.Path)}", logger.Lines);
    }

    [Fact]
    public void FirstLoadWithErrorsReportsThemAndServesNothing()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", "topic: []\n");

        using var store = NewStore(folder);

        Assert.False(store.IsLoaded);
        Assert.Equal(["extra.yaml:1:1: unknown key 'topic' in the file; did you mean 'topics'?"], store.Errors.Select(e => e.ToString()));
        Assert.Contains("Error: Content error extra.yaml:1:1: unknown key 'topic' in the file; did you mean 'topics'?", logger.Lines);
        Assert.Throws<InvalidOperationException>(() => store.Current);
    }

    [Fact]
    public void ExplicitReloadIncrementsTheVersion()
    {
        using var folder = ContentFolder.WithValidContent();
        using var store = NewStore(folder);
        var first = store.Current;

        var result = store.Reload();

        Assert.True(result.Succeeded);
        Assert.Equal(first.Version + 1, store.Current.Version);
        Assert.NotSame(first.Content, store.Current.Content);
    }

    [Fact]
    public async Task ChangedFileIsReloadedAutomatically()
    {
        using var folder = ContentFolder.WithValidContent();
        using var store = NewStore(folder);

        folder.Write("messages.yaml", SampleContent.Messages.Replace("welcome en", "changed welcome"));

        await Eventually.True(() => store.Current.Content.Message(MessageIds.Welcome).En == "changed welcome", "the change is loaded");
        Assert.True(store.Current.Version > 1);
    }

    [Fact]
    public async Task SaveThroughATempFileAndRenameIsReloaded()
    {
        using var folder = ContentFolder.WithValidContent();
        using var store = NewStore(folder);

        folder.Write("messages.yaml.tmp", SampleContent.Messages.Replace("welcome en", "renamed welcome"));
        File.Move(Path.Combine(folder.Path, "messages.yaml.tmp"), Path.Combine(folder.Path, "messages.yaml"), overwrite: true);

        await Eventually.True(() => store.Current.Content.Message(MessageIds.Welcome).En == "renamed welcome", "the renamed file is loaded");
    }

    [Fact]
    public async Task BrokenChangeKeepsTheLastGoodSnapshotAndReportsErrors()
    {
        using var folder = ContentFolder.WithValidContent();
        using var store = NewStore(folder);
        var good = store.Current;

        folder.Write("topics/extra.yaml", "topics:\n  - id: extra\n    tittle: x\n");

        await Eventually.True(() => store.Errors.Count > 0, "the broken change is reported");
        Assert.Same(good, store.Current);
        Assert.Contains("topics/extra.yaml:3:5: unknown key 'tittle' in topic; did you mean 'title'?", store.Errors.Select(e => e.ToString()));
        Assert.Contains(logger.Lines, line => line.StartsWith("Error: Content error topics/extra.yaml:3:5:", StringComparison.Ordinal));
        Assert.Contains(logger.Lines, line => line.EndsWith("errors; keeping version 1", StringComparison.Ordinal));

        folder.Delete("topics/extra.yaml");

        await Eventually.True(() => store.Errors.Count == 0 && store.Current.Version > 1, "the fix is loaded");
    }

    [Fact]
    public async Task ConcurrentReadersNeverSeeATornSnapshot()
    {
        using var folder = ContentFolder.WithValidContent();
        using var store = NewStore(folder);
        var contentByVersion = new ConcurrentDictionary<int, PolicyContent>();
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var lastVersion = 0;
            while (!stop.IsCancellationRequested)
            {
                var snapshot = store.Current;
                Assert.Same(snapshot.Content, ((RecordingRecognizer)snapshot.Recognizer).Content);
                Assert.Same(contentByVersion.GetOrAdd(snapshot.Version, snapshot.Content), snapshot.Content);
                Assert.True(snapshot.Version >= lastVersion);
                lastVersion = snapshot.Version;
            }
        })).ToList();
        for (var i = 0; i < 20; i++)
        {
            folder.Write("messages.yaml", SampleContent.Messages.Replace("welcome en", $"welcome {i}"));
            store.Reload();
        }
        await stop.CancelAsync();

        await Task.WhenAll(readers);
        Assert.True(store.Current.Version > 20);
    }

    private ContentStore NewStore(ContentFolder folder) => new(folder.Path, content => new RecordingRecognizer(content), logger);
}
