using System.IO.Hashing;
using System.Text.Json;
using PolicyBot.Dialogs.Content;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Recognizers built from the same words are the same recognizer: a content reload that changed only answers' layout,
/// messages or checks, a file saved twice, or several bots in one process (the tests) reuse the one already trained
/// instead of indexing and training again (a few hundred milliseconds each). Keyed by a hash of exactly what
/// <see cref="TopicRecognizer"/> reads; recognizers are immutable, so sharing them is safe. Holds them weakly: a
/// recognizer no content version uses any more is collected as before, so the cache never keeps memory alive.
/// </summary>
public static class RecognizerCache
{
    private const int Capacity = 8;
    private static readonly Lock Gate = new();
    private static readonly LinkedList<(string Key, WeakReference<TopicRecognizer> Recognizer)> Recent = new();

    public static TopicRecognizer For(PolicyContent content, TopicRecognizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= TopicRecognizerOptions.Default;
        var key = Key(content, options);
        lock (Gate)
        {
            for (var node = Recent.First; node is not null; node = node.Next)
            {
                if (node.Value.Key != key || !node.Value.Recognizer.TryGetTarget(out var alive)) continue;
                Recent.Remove(node);
                Recent.AddFirst(node);
                return alive;
            }
        }
        var built = new TopicRecognizer(content, options);
        lock (Gate)
        {
            Recent.AddFirst((key, new WeakReference<TopicRecognizer>(built)));
            while (Recent.Count > Capacity) Recent.RemoveLast();
        }
        return built;
    }

    private static string Key(PolicyContent content, TopicRecognizerOptions options)
    {
        var read = new
        {
            Topics = content.Topics.Select(t => new { t.Id, t.Title, t.Answer, t.Triggers }),
            content.Synonyms,
            content.OutOfScope,
            Options = options,
        };
        // A 128-bit hash, not a cryptographic one: SHA-256 alone loaded OpenSSL and the managed cryptography into every
        // bot (~5 MiB resident), and whoever can change the content can change the answers without forging a key.
        return Convert.ToHexString(XxHash128.Hash(JsonSerializer.SerializeToUtf8Bytes(read)));
    }
}
