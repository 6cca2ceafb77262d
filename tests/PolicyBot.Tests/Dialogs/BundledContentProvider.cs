using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Dialogs;

/// <summary>The bundled content with the real recognizer; a test can swap it, as a hot reload would.</summary>
public sealed class BundledContentProvider : IContentProvider
{
    public static readonly PolicyContent Bundled = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;

    public ContentSnapshot Current { get; private set; } = new(Bundled, RecognizerCache.For(Bundled), 1);

    public void Swap(PolicyContent next) => Current = new ContentSnapshot(next, new TopicRecognizer(next), Current.Version + 1);
}
