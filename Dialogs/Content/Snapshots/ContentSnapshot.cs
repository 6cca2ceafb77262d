using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Content.Snapshots;

/// <summary>One consistent version of the content and the recognizer built from it; a turn uses exactly one.</summary>
public sealed record ContentSnapshot(PolicyContent Content, ITopicRecognizer Recognizer, int Version);

/// <summary>Hands out the current snapshot; a reload swaps it atomically.</summary>
public interface IContentProvider
{
    ContentSnapshot Current { get; }
}
