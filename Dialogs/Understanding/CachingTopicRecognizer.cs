using PolicyBot.Dialogs.Caching;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Remembers what a content version's recognizer made of short texts, so a text typed again (a step's "1" or "ja",
/// "opnieuw", "mag ik dit delen?") is not analysed and scored again on every turn.
/// One per content version (wrapped where the recognizer is built), so a reload starts empty. Results are immutable
/// and the recognizer is a pure function of the text, so sharing them is safe. Only texts up to
/// <see cref="MaxTextLength"/> characters are kept: a question in an employee's own words is rarely typed again word for
/// word (a load test's script is, so this bound also keeps the benchmark honest), and the cache holds no longer texts of
/// employees. Kept in memory only, never logged.
/// </summary>
public sealed class CachingTopicRecognizer(ITopicRecognizer inner, int capacity = CachingTopicRecognizer.DefaultCapacity) : ITopicRecognizer
{
    public const int DefaultCapacity = 2048;
    public const int MaxTextLength = 32;

    private readonly BoundedCache<string, RecognizerResult> _results = new(capacity, StringComparer.Ordinal);

    public ITopicRecognizer Inner => inner;

    public RecognizerResult Recognize(string text) => Recognize(text, CancellationToken.None);

    public RecognizerResult Recognize(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength) return inner.Recognize(text, cancellationToken);
        if (_results.TryGet(text, out var known)) return known;
        var result = inner.Recognize(text, cancellationToken);
        _results.Set(text, result);
        return result;
    }
}
