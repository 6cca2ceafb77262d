using PolicyBot.Dialogs.Content;

namespace PolicyBot.Bot.Publishing;

/// <summary>A stored content version without its files: what <c>content versions</c> lists and what instances poll for.</summary>
/// <param name="Kind"><see cref="FromFolder"/>, <see cref="Publish"/> or <see cref="Rollback"/>.</param>
public sealed record ContentVersionInfo(int Number, string Author, DateTimeOffset PublishedAt, string Message, string Kind)
{
    /// <summary>Taken from the bot's content folder at its first start on an empty store; nobody published it.</summary>
    public const string FromFolder = "folder";

    public const string Publish = "publish";

    /// <summary>Published by <c>content rollback</c>: an earlier version's files as a new version.</summary>
    public const string Rollback = "rollback";

    public bool IsFromFolder => Kind == FromFolder;
}

/// <summary>A stored content version with every file it holds.</summary>
public sealed record ContentVersion(ContentVersionInfo Info, IReadOnlyList<ContentFile> Files);

/// <summary>A version to store; the store gives it the next number.</summary>
public sealed record NewContentVersion(string Author, DateTimeOffset PublishedAt, string Message, string Kind, IReadOnlyList<ContentFile> Files)
{
    public ContentVersionInfo Numbered(int number) => new(number, Author, PublishedAt, Message, Kind);
}
