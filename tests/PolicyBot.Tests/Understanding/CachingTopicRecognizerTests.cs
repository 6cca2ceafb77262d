using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Understanding;

public class CachingTopicRecognizerTests
{
    [Fact]
    public void AShortTextTypedAgainIsRecognizedOnce()
    {
        var inner = new CountingRecognizer();
        var recognizer = new CachingTopicRecognizer(inner);

        var first = recognizer.Recognize("mag ik dit delen?");
        var again = recognizer.Recognize("mag ik dit delen?", CancellationToken.None);
        var other = recognizer.Recognize("Mag ik dit delen?");

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public void LongTextsAndRecognitionsStoppedByTheDeadlineAreNotKept()
    {
        var inner = new CountingRecognizer();
        var recognizer = new CachingTopicRecognizer(inner);
        var longQuestion = new string('x', CachingTopicRecognizer.MaxTextLength + 1);
        using var passed = new CancellationTokenSource();
        passed.Cancel();

        recognizer.Recognize(longQuestion);
        recognizer.Recognize(longQuestion);
        Assert.Throws<OperationCanceledException>(() => recognizer.Recognize("opnieuw", passed.Token));
        recognizer.Recognize("opnieuw");

        Assert.Equal(4, inner.Calls);
    }

    [Fact]
    public async Task TheBotsRecognizerIsBehindTheCache()
    {
        await using var host = await BotHost.StartAsync(null);

        var recognizer = host.Services.GetRequiredService<IContentProvider>().Current.Recognizer;

        Assert.IsType<TopicRecognizer>(Assert.IsType<CachingTopicRecognizer>(recognizer).Inner);
    }

    private sealed class CountingRecognizer : ITopicRecognizer
    {
        public int Calls { get; private set; }

        public RecognizerResult Recognize(string text) => Recognize(text, CancellationToken.None);

        public RecognizerResult Recognize(string text, CancellationToken cancellationToken)
        {
            Calls++;
            cancellationToken.ThrowIfCancellationRequested();
            return new RecognizerResult("topic-" + text.Length, 0.5, []);
        }
    }
}
