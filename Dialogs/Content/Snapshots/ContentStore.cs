using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Content.Snapshots;

/// <summary>
/// Loads the content folder, hands out the current snapshot and reloads it when a YAML file changes. A reload with
/// errors logs them and keeps the last good snapshot. Readers never wait: <see cref="Current"/> is one volatile read.
/// A published version (<see cref="Apply"/>) is swapped in the same way; from then on the folder is no longer followed.
/// </summary>
public sealed class ContentStore : IContentProvider, IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);
    private const int MaxReadRetries = 3;

    private readonly string contentPath;
    private readonly Func<PolicyContent, ITopicRecognizer> recognizerFactory;
    private readonly ILogger<ContentStore> logger;
    private readonly Lock reloadLock = new();
    private readonly Timer debounce;
    private readonly FileSystemWatcher? watcher;
    private volatile ContentSnapshot? current;
    private volatile ContentLoadResult lastResult;
    private volatile bool followsFolder = true;
    private int readRetries;

    /// <summary>Loads the content once; check <see cref="Errors"/> before serving (the host refuses to start with errors).</summary>
    public ContentStore(string contentPath, Func<PolicyContent, ITopicRecognizer> recognizerFactory, ILogger<ContentStore> logger)
    {
        ArgumentNullException.ThrowIfNull(contentPath);
        ArgumentNullException.ThrowIfNull(recognizerFactory);
        ArgumentNullException.ThrowIfNull(logger);
        this.contentPath = Path.GetFullPath(contentPath);
        this.recognizerFactory = recognizerFactory;
        this.logger = logger;
        debounce = new Timer(_ => ReloadInBackground());
        lastResult = Reload();
        watcher = Directory.Exists(this.contentPath) ? Watch(this.contentPath) : null;
    }

    public ContentSnapshot Current =>
        current ?? throw new InvalidOperationException($"No content is loaded from {contentPath}; see {nameof(Errors)}.");

    public bool IsLoaded => current is not null;

    public string ContentPath => contentPath;

    /// <summary>The errors of the latest load or reload; empty when it succeeded.</summary>
    public IReadOnlyList<ContentDiagnostic> Errors => lastResult.Errors;

    /// <summary>The warnings of the latest load or reload.</summary>
    public IReadOnlyList<ContentDiagnostic> Warnings => lastResult.Warnings;

    /// <summary>Whether saved changes to the folder are loaded; false once a published version was applied.</summary>
    public bool FollowsFolder => followsFolder;

    /// <summary>
    /// Loads the folder now and swaps the snapshot in when the content has no errors. Once a published version was
    /// applied the folder is not read any more, and the latest result is returned as it is.
    /// </summary>
    public ContentLoadResult Reload()
    {
        lock (reloadLock)
        {
            return followsFolder ? Swap(ContentLoader.Load(contentPath), contentPath) : lastResult;
        }
    }

    /// <summary>
    /// Loads a published version (<paramref name="source"/> names it in the logs) and swaps it in when it has no
    /// errors, exactly as a reload of the folder; with errors the last good snapshot stays. Either way the folder is no
    /// longer followed: the store decides what runs from now on.
    /// </summary>
    public ContentLoadResult Apply(IReadOnlyList<ContentFile> files, string source)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(source);
        lock (reloadLock)
        {
            followsFolder = false;
            watcher?.Dispose();
            return Swap(ContentLoader.Load(files), source);
        }
    }

    private ContentLoadResult Swap(ContentLoadResult result, string source)
    {
        foreach (var warning in result.Warnings) logger.ContentWarning(warning);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) logger.ContentError(error);
            logger.KeptVersion(source, result.Errors.Count, current?.Version ?? 0);
            // published after the log lines, so whoever sees the errors here also finds them in the log
            lastResult = result;
            return result;
        }
        lastResult = result;
        var snapshot = new ContentSnapshot(result.Content, recognizerFactory(result.Content), (current?.Version ?? 0) + 1);
        current = snapshot;
        logger.Loaded(result.Content.Topics.Count, source);
        logger.Swapped(snapshot.Version);
        return result;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        debounce.Dispose();
    }

    private FileSystemWatcher? Watch(string path)
    {
        try
        {
            return StartWatcher(path);
        }
        catch (IOException e)
        {
            // e.g. the inotify instance limit on Linux: serve the loaded content without hot reload
            logger.WatchFailed(e, path);
            return null;
        }
    }

    private FileSystemWatcher StartWatcher(string path)
    {
        var fileWatcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        fileWatcher.Changed += (_, e) => OnChanged(e.FullPath);
        fileWatcher.Created += (_, e) => OnChanged(e.FullPath);
        fileWatcher.Deleted += (_, e) => OnChanged(e.FullPath);
        // editors often save by writing a temp file and renaming it over the original
        fileWatcher.Renamed += (_, e) => OnChanged(e.FullPath, e.OldFullPath);
        fileWatcher.Error += (_, _) => ScheduleReload();
        fileWatcher.EnableRaisingEvents = true;
        return fileWatcher;
    }

    private void OnChanged(params string?[] paths)
    {
        if (paths.Any(IsContentPath)) ScheduleReload();
    }

    // a .yaml file, or (no extension) a folder that may hold some
    private static bool IsContentPath(string? path) =>
        path is not null && (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || Path.GetExtension(path).Length == 0);

    private void ScheduleReload()
    {
        if (!followsFolder) return;
        try
        {
            debounce.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // an event raced with Dispose; nothing left to reload
        }
    }

    private void ReloadInBackground()
    {
        try
        {
            var result = Reload();
            readRetries = result.ReadFailed && readRetries < MaxReadRetries ? readRetries + 1 : 0;
            if (readRetries > 0) ScheduleReload();
        }
        catch (Exception e)
        {
            // a timer callback has no caller to throw to; an exception here would end the process
            logger.ReloadCrashed(e, contentPath, current?.Version ?? 0);
        }
    }
}
