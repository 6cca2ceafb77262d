using Microsoft.Extensions.Options;
using PolicyBot.Bot.Hosting;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Content.Snapshots;

namespace PolicyBot.Bot.Publishing;

/// <summary>
/// Keeps this instance on the newest published content version (<c>Content:Source=store</c>): at start it stores the
/// content folder as version 1 when the store has none, then asks for the newest version number every
/// <see cref="ContentOptions.PollInterval"/> and swaps a new one in through <see cref="ContentStore.Apply"/>, exactly
/// as a hot reload of the folder. Until someone publishes, the folder itself stays live and hot reloaded.
/// </summary>
public sealed class ContentVersionFollower(
    ContentStore content, IContentVersionStore versions, IOptions<ContentOptions> options, TimeProvider time, ILogger<ContentVersionFollower> logger)
    : BackgroundService
{
    private int _applied;

    /// <summary>The stored version this instance last acted on (0 before the first).</summary>
    public int AppliedVersion => Volatile.Read(ref _applied);

    public bool Enabled => options.Value.Source == "store";

    /// <summary>Called once while the app is built, so the first turn already runs the newest version.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        if (!Enabled) return;
        if (await NewestOrFolderAsync(cancellationToken) is { } newest) await FollowAsync(newest, cancellationToken);
    }

    /// <summary>The newest stored version; on an empty store the content folder, stored as version 1 first.</summary>
    private async Task<ContentVersionInfo?> NewestOrFolderAsync(CancellationToken cancellationToken)
    {
        if (await versions.NewestAsync(cancellationToken) is { } newest) return newest;
        var files = ContentLoader.ReadFiles(content.ContentPath, out _);
        var stored = new NewContentVersion("policybot", time.GetUtcNow(), "the content folder at the bot's first start", ContentVersionInfo.FromFolder, files);
        var added = await versions.AddAsync(stored, onlyIfEmpty: true, cancellationToken);
        if (added is not null) logger.StoredFolder(content.ContentPath, added.Number);
        // null: another instance stored its folder a moment earlier
        return added ?? await versions.NewestAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // A store that could not be reached at start is still empty: the folder is stored on the first poll that reaches it.
                if (await NewestOrFolderAsync(stoppingToken) is { } newest) await FollowAsync(newest, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // the store may be down for a moment; the content that runs stays, and the next poll tries again
                logger.PollFailed(e, AppliedVersion);
            }
        }
    }

    private async Task FollowAsync(ContentVersionInfo newest, CancellationToken cancellationToken)
    {
        if (newest.Number <= AppliedVersion) return;
        if (newest.IsFromFolder && content.FollowsFolder)
        {
            // nobody has published: the folder stays live, hot reloaded as before
            logger.FollowingFolder(content.ContentPath);
            Volatile.Write(ref _applied, newest.Number);
            return;
        }
        if (await versions.GetAsync(newest.Number, cancellationToken) is not { } version) return;
        var result = content.Apply(version.Files, $"content version {newest.Number}");
        // a broken version is not tried again every poll; the next publish is
        Volatile.Write(ref _applied, newest.Number);
        if (result.Succeeded) logger.Switched(newest.Number, newest.Kind, newest.Author, newest.PublishedAt);
        else logger.VersionRefused(newest.Number, newest.Author, result.Errors.Count);
    }
}
