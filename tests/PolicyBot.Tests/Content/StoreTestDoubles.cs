using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Content;

/// <summary>A recognizer that remembers the content it was built from, so a test can tell snapshots apart.</summary>
internal sealed class RecordingRecognizer(PolicyContent content) : ITopicRecognizer
{
    public PolicyContent Content { get; } = content;

    public RecognizerResult Recognize(string text) => RecognizerResult.None;
}

/// <summary>Keeps every formatted log line.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
}
