using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Content.Checking;

/// <summary>
/// The <c>check</c> command's view of a content folder: everything the loader reports, plus warnings that need the
/// whole content and the recognizer: trigger phrases two topics share (after normalising), trigger phrases the
/// recognizer answers with another topic, and texts that look untranslated (the same in both languages, or written
/// in the other language).
/// </summary>
public static class ContentCheck
{
    /// <param name="recognizerFactory">The recognizer to try the trigger phrases on; the bot's own by default.</param>
    public static ContentLoadResult Run(string folder, Func<PolicyContent, ITopicRecognizer>? recognizerFactory = null)
    {
        var result = ContentLoader.Load(folder);
        if (!result.Succeeded) return result;

        var diagnostics = new DiagnosticBag();
        var trees = ContentTrees.Parse(folder);
        var recognizer = recognizerFactory?.Invoke(result.Content) ?? new TopicRecognizer(result.Content);
        var wholeMessage = result.Content!.Topics.Where(t => t.MatchesWholeMessageOnly).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        TriggerCollisions.Check(ContentTrees.Triggers(trees), recognizer, wholeMessage, diagnostics);
        Translations.Check(ContentTrees.Texts(trees), recognizer, diagnostics);
        return result with { Warnings = [.. result.Warnings.Concat(diagnostics.Warnings).OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)] };
    }
}

/// <summary>One trigger phrase where it is written.</summary>
internal sealed record TriggerPhrase(string TopicId, Language Language, ScalarNode Phrase)
{
    public string Normalized { get; } = TextNormalizer.Normalize(Phrase.Value);
}

/// <summary>A Dutch and English pair of one text where it is written.</summary>
internal sealed record TextPair(MapNode Map, ScalarNode Nl, ScalarNode En);
