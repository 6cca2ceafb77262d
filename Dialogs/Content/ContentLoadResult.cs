using System.Diagnostics.CodeAnalysis;

namespace PolicyBot.Dialogs.Content;

/// <summary>The outcome of loading the content folder: the content, or every error found. Warnings come with either.</summary>
public sealed record ContentLoadResult
{
    public PolicyContent? Content { get; init; }

    public IReadOnlyList<ContentDiagnostic> Errors { get; init; } = [];

    public IReadOnlyList<ContentDiagnostic> Warnings { get; init; } = [];

    /// <summary>A file could not be read (an editor may still be saving it); trying again shortly may succeed.</summary>
    internal bool ReadFailed { get; init; }

    [MemberNotNullWhen(true, nameof(Content))]
    public bool Succeeded => Content is not null && Errors.Count == 0;
}
