using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;

namespace PolicyBot.Bot.Publishing;

/// <summary>
/// Stores a new content version (what <c>content publish</c> and <c>content rollback</c> do) and logs who published it.
/// A version is refused, and nothing stored, when the bot would not load it.
/// </summary>
public sealed class ContentPublisher(IContentVersionStore versions, TimeProvider time, ILogger<ContentPublisher> logger)
{
    /// <summary>The stored version, or the errors that refused it.</summary>
    public async Task<(ContentVersionInfo? Version, IReadOnlyList<ContentDiagnostic> Errors)> PublishAsync(
        IReadOnlyList<ContentFile> files, string author, string message, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        // The files as they will be stored load exactly as the running bots will load them.
        var loaded = ContentLoader.Load(files);
        if (!loaded.Succeeded) return (null, loaded.Errors);
        var stored = await versions.AddAsync(new NewContentVersion(author, time.GetUtcNow(), message, kind, files), onlyIfEmpty: false, cancellationToken);
        logger.Published(stored!.Number, stored.Kind, stored.Author, files.Count);
        return (stored, []);
    }

    /// <summary>Publishes version <paramref name="number"/>'s files again as a new version; null when there is no such version.</summary>
    public async Task<(ContentVersionInfo? Version, IReadOnlyList<ContentDiagnostic> Errors)?> RollbackAsync(
        int number, string author, string message, CancellationToken cancellationToken)
    {
        if (await versions.GetAsync(number, cancellationToken) is not { } earlier) return null;
        return await PublishAsync(earlier.Files, author, message, ContentVersionInfo.Rollback, cancellationToken);
    }
}
