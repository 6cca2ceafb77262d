using System.Globalization;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Content.Checking;

/// <summary>
/// Trigger phrases that point at two topics: the same phrase (after normalising) in two topics, or a phrase of one
/// topic that the recognizer answers with another. Either way people asking it may get the other answer.
/// </summary>
internal static class TriggerCollisions
{
    /// <param name="wholeMessage">Topics only a whole message of their own answers: the recognizer never answers them, so their phrases are not tried on it.</param>
    public static void Check(IEnumerable<TriggerPhrase> triggers, ITopicRecognizer recognizer, IReadOnlySet<string> wholeMessage, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, TriggerPhrase>(StringComparer.Ordinal);
        foreach (var trigger in triggers)
        {
            if (trigger.Normalized.Length == 0) continue;
            if (seen.TryGetValue(trigger.Normalized, out var first))
            {
                var where = $"{first.Phrase.Position.File}:{first.Phrase.Position.Line}";
                diagnostics.Warning(trigger.Phrase, first.TopicId == trigger.TopicId
                    ? $"trigger '{trigger.Phrase.Value}' of topic '{trigger.TopicId}' is there twice (also at {where})"
                    : $"trigger '{trigger.Phrase.Value}' of topic '{trigger.TopicId}' is also a trigger of topic '{first.TopicId}' ({where}); the bot cannot tell them apart");
                continue;
            }
            seen[trigger.Normalized] = trigger;
            if (wholeMessage.Contains(trigger.TopicId)) continue;

            var recognized = recognizer.Recognize(trigger.Phrase.Value);
            if (recognized.Topic is { } other && other != trigger.TopicId)
                diagnostics.Warning(trigger.Phrase, string.Create(CultureInfo.InvariantCulture,
                    $"trigger '{trigger.Phrase.Value}' of topic '{trigger.TopicId}' is answered with topic '{other}' (score {recognized.Score:0.00}); make it more specific or move it there"));
        }
    }
}
