using System.Runtime.CompilerServices;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Tells whether a whole message is small talk ("bedankt!", "hoi", "ok, top"): every word must belong to one of the
/// content's small-talk phrases, so a question that merely contains "thanks" is still a question.
/// </summary>
public static class SmallTalkRecognizer
{
    private const int MaxWords = 8;

    // Words of courtesy that go with any small talk in either language; alone they are none.
    private static readonly HashSet<string> Courtesies = new(["please", "pls", "plz", "aub", "alsjeblieft", "alstublieft", "graag", "svp"], StringComparer.Ordinal);

    // The phrases of a content version, normalized once: phrase -> (group, language or null for both).
    private static readonly ConditionalWeakTable<PolicyContent, Index> Indexes = new();

    // Emoji sent as a whole reply say what a word would ("👍" is "ok"); the normalizer keeps letters and digits only.
    private static readonly (string Emoji, string Word)[] EmojiWords =
        [("👍", " ok "), ("👌", " ok "), ("✅", " ok "), ("🙂", " ok "), ("😊", " ok "), ("😀", " ok "), ("🙏", " thanks ")];

    public static SmallTalkMatch? Recognize(PolicyContent content, string? text)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (text is not null && text.Length <= 32) foreach (var (emoji, word) in EmojiWords) text = text.Replace(emoji, word, StringComparison.Ordinal);
        var words = TextNormalizer.Tokens(text);
        if (words.Length is 0 or > MaxWords || content.SmallTalk.Count == 0) return null;
        var index = Indexes.GetValue(content, c => new Index(c));

        var group = int.MaxValue;
        var languages = new HashSet<Language>();
        for (var start = 0; start < words.Length;)
        {
            if (Courtesies.Contains(words[start]))
            {
                // "nederlands aub", "in english please": a courtesy around small talk is small talk still.
                start++;
                continue;
            }
            var length = Math.Min(index.LongestPhrase, words.Length - start);
            for (; length > 0; length--)
            {
                if (!index.Phrases.TryGetValue(string.Join(' ', words, start, length), out var phrase)) continue;
                group = Math.Min(group, phrase.Group);
                if (phrase.Language is { } language) languages.Add(language);
                break;
            }
            if (length == 0) return null;
            start += length;
        }
        if (group == int.MaxValue) return null;
        var kind = content.SmallTalk[group];
        return new SmallTalkMatch(kind.Reply, kind.InDialogReply ?? kind.Reply, languages.Count == 1 ? languages.Single() : null) { SwitchesLanguage = kind.SwitchesLanguage, EndsDialog = kind.EndsDialog };
    }

    private sealed class Index
    {
        public Index(PolicyContent content)
        {
            for (var group = 0; group < content.SmallTalk.Count; group++)
            {
                var phrases = content.SmallTalk[group].Phrases;
                var nl = phrases.Nl.Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
                var en = phrases.En.Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
                foreach (var phrase in nl.Union(en))
                {
                    // An earlier group keeps a phrase two groups share.
                    Phrases.TryAdd(phrase, (group, nl.Contains(phrase) == en.Contains(phrase) ? null : nl.Contains(phrase) ? Language.Nl : Language.En));
                    LongestPhrase = Math.Max(LongestPhrase, phrase.Count(c => c == ' ') + 1);
                }
            }
        }

        public Dictionary<string, (int Group, Language? Language)> Phrases { get; } = new(StringComparer.Ordinal);

        public int LongestPhrase { get; }
    }
}
