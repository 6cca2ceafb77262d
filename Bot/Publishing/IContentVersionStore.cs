namespace PolicyBot.Bot.Publishing;

/// <summary>
/// Published content versions beside the conversation state (the SQLite file, or the shared PostgreSQL database).
/// Versions are numbered 1, 2, … and never change once stored.
/// </summary>
public interface IContentVersionStore
{
    /// <summary>The newest version, or null on an empty store; one indexed query, asked every few seconds.</summary>
    Task<ContentVersionInfo?> NewestAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<ContentVersionInfo>> ListAsync(CancellationToken cancellationToken);

    Task<ContentVersion?> GetAsync(int number, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the version with the next number, all files or none. With <paramref name="onlyIfEmpty"/> it is stored only
    /// when the store has no version yet (instances starting together seed it once); null when it was not stored.
    /// </summary>
    Task<ContentVersionInfo?> AddAsync(NewContentVersion version, bool onlyIfEmpty, CancellationToken cancellationToken);
}
