using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public class RecognizerCacheTests
{
    [Fact]
    public void TheSameWordsGetTheSameRecognizerAndChangedWordsANewOne()
    {
        var content = TestContent.Create();
        var reloaded = TestContent.Create(); // equal, but other objects: what a reload of unchanged files gives
        var changed = content with
        {
            Topics = [.. content.Topics.Select((t, i) => i == 0 ? t with { Triggers = new LocalizedList([.. t.Triggers.Nl, "nieuwe zin"], t.Triggers.En) } : t)],
        };
        var messagesOnly = content with { Messages = new Dictionary<string, LocalizedText> { ["x"] = new("a", "b") } };

        var first = RecognizerCache.For(content);

        Assert.Same(first, RecognizerCache.For(reloaded));
        Assert.Same(first, RecognizerCache.For(messagesOnly));
        Assert.NotSame(first, RecognizerCache.For(changed));
        Assert.NotSame(first, RecognizerCache.For(content, TopicRecognizerOptions.Default with { Threshold = 0.3 }));
    }
}
