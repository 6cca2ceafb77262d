namespace PolicyBot.Dialogs.Content.Snapshots;

/// <summary>One snapshot, never swapped: for running the dialogs on given content outside the host (evaluation, benchmarks, tests).</summary>
public sealed class FixedContentProvider(ContentSnapshot snapshot) : IContentProvider
{
    public ContentSnapshot Current => snapshot;
}
