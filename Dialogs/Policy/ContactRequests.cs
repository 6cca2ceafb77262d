using System.Runtime.CompilerServices;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// A short message that asks for a person rather than asking a question ("ik wil met een mens praten", "contact
/// marketing"): the content's <c>contact-requests</c> start "talk to someone", an owner's own <c>requests</c> go
/// straight to that owner. Only short messages count (up to ten words when they point back at what they are about), so
/// a policy question that mentions Marketing still gets its answer.
/// </summary>
public static class ContactRequests
{
    private const int MaxWords = 8;

    // A request that points back at the answer just given may say a little more ("kan ik het melden bij iemand van het bedrijf").
    private const int MaxWordsPointingBack = 10;

    private static readonly HashSet<string> Politeness = new(["please", "pls", "graag", "alsjeblieft", "alstublieft", "aub", "d", "m", "ll", "ve"], StringComparer.Ordinal);

    private static readonly HashSet<string> Pointers = new(["hier", "hierover", "daar", "daarover", "erover", "over", "dan", "precies"], StringComparer.Ordinal);

    // "wie moet ik dan mailen", "who do I send it to then" (user tests 44-46) point back only while they name no matter
    // of their own: "wie moet ik bellen als een klant dan klaagt?" is about that customer (review 50).
    private static readonly HashSet<string> WeakPointers = new(["dan", "precies", "then"], StringComparer.Ordinal);

    // English phrases that point at what was just answered: "about it", and sending or referring "it" or "him" on.
    private static readonly string[] EnglishPointingPhrases = [" about this ", " about it ", " about that ", " send it ", " forward it ", " refer him ", " refer her ", " refer them "];

    // Reporting or passing something on is about what was just discussed ("kan ik het melden bij iemand van het
    // bedrijf?" after harassment), or about the matter it names ("aan wie moet ik het doorgeven als ik een datalek zie?").
    private static readonly string[] ReportWords = [" melden ", " meld ", " report ", " doorgeven ", " laten weten "];

    /// <returns>The button the request stands for (an owner's, or "talk to someone"); null when it asks for no one.</returns>
    public static ButtonAction? Match(TurnContext context)
    {
        var words = context.Words;
        // "I'd like to talk to a real person please" is eight words: politeness and contracted pieces don't count.
        var length = words.Count(w => !Politeness.Contains(w));
        if (length is 0 or > MaxWordsPointingBack) return null;
        // "hr", "Klantenservice?": an owner's name alone asks for that owner (user test 51).
        if (length <= 3 && OwnerNamedAlone(context) is { } alone) return alone;
        // "wie moet ik hier over bellen" is "wie moet ik bellen": words that point at the matter, not at a person, are left out.
        var dutchPointer = words.Any(Pointers.Contains);
        var text = dutchPointer ? TextNormalizer.Padded(words.Where(w => !Pointers.Contains(w))) : context.PaddedWords;
        foreach (var (action, phrase) in Phrases(context.Content))
        {
            // A phrase may hold a pointer word itself ("marketing dan"): then it is read in the words as typed.
            var matched = text.Contains(phrase, StringComparison.Ordinal) ? text
                : dutchPointer && context.PaddedWords.Contains(phrase, StringComparison.Ordinal) ? context.PaddedWords
                : null;
            if (matched is null) continue;
            // Read only once a request matched: most messages are none.
            var reports = ReportWords.Any(matched.Contains);
            var pointsBack = words.Any(w => Pointers.Contains(w) && !WeakPointers.Contains(w)) || reports
                || EnglishPointingPhrases.Any(context.PaddedWords.Contains)
                || (words.Any(WeakPointers.Contains) && !NamesAMatter(matched, phrase));
            // A longer request counts when it points back at the matter it is about ("can I speak to someone in HR about
            // it?", "I'd like to talk to someone about this now": user tests 62 and 70); "who should I talk to if HR leaks
            // my data?" is a question about HR (review 69).
            if (length > MaxWords && (action is AskOwner || !pointsBack)) return null;
            if (action is AskOwner) return action;
            // "wie moet ik bellen over mijn salaris": a person for a matter the policy is not about is not one of its
            // owners; the recognizer's "nothing in the policy" says where such questions go.
            if (NamesAMatter(matched, phrase) && context.Recognized.OutOfScope) return null;
            // "ik wil een datalek melden bij iemand": reporting a matter the policy has a topic for is that topic's
            // business (a leak: the triage and the privacy contact), not the choice between Marketing and Customer Service.
            if (reports && context.PreviousTopic is null && HasContentWords(matched.Replace(phrase, " ", StringComparison.Ordinal))
                && (context.Recognized.Topic is not null || context.Recognized.Suggestions.Count > 0)) return null;
            return Named(context.Content, matched) ?? (pointsBack ? OfLastTopic(context) : null) ?? action;
        }
        return null;
    }

    // A word after the request besides the frame of a sentence: the matter ("salaris" in "wie moet ik bellen over mijn
    // salaris"), not "I need to talk to a person".
    private static bool NamesAMatter(string text, string phrase) =>
        HasContentWords(text[(text.IndexOf(phrase, StringComparison.Ordinal) + phrase.Length)..]);

    private static bool HasContentWords(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => !StopWords.IsFunctionWord(w));

    /// <summary>
    /// "kan ik hierover met iemand praten?", "who can I talk to about this?" right after an answer whose topic has an owner
    /// (harassment: HR): that owner, with the topic, as the answer's own owner button offers.
    /// </summary>
    private static ButtonAction? OfLastTopic(TurnContext context) =>
        context.PreviousTopic is { } id && context.Content.Topic(id) is { Owner: { } owner } && context.Content.Owner(owner) is not null
            ? HandoffOffers.Offer(context, new HandoffContext(owner) { TopicId = id })
            : null;

    private static AskOwner? OwnerNamedAlone(TurnContext context)
    {
        var text = TextNormalizer.Padded(context.Words.Where(w => !Politeness.Contains(w)));
        return OwnerNames(context.Content).FirstOrDefault(o => o.Names.Contains(text)) is { Id: { } id } ? new AskOwner(id) : null;
    }

    /// <summary>"I want to talk to someone in marketing": the one owner a request for a person names, if it names one.</summary>
    private static AskOwner? Named(PolicyContent content, string text)
    {
        var named = OwnerNames(content).Where(o => o.Names.Any(n => text.Contains(n, StringComparison.Ordinal))).Take(2).ToList();
        return named.Count == 1 ? new AskOwner(named[0].Id) : null;
    }

    // The owners' names in both languages, normalized and padded, made once per content version.
    private static readonly ConditionalWeakTable<PolicyContent, (string Id, string[] Names)[]> OwnerNamesByContent = new();

    private static (string Id, string[] Names)[] OwnerNames(PolicyContent content) =>
        OwnerNamesByContent.GetValue(content, c => [.. c.Owners.Select(o => (o.Id, TextNormalizer.PaddedPhrases([o.Name.Nl, o.Name.En])))]);

    // Normalized and padded with spaces, the owners' own first (they are the more specific), made once per content version.
    private static readonly ConditionalWeakTable<PolicyContent, (ButtonAction Action, string Phrase)[]> PhrasesByContent = new();

    private static (ButtonAction Action, string Phrase)[] Phrases(PolicyContent content) =>
        PhrasesByContent.GetValue(content, c =>
        [
            .. c.Owners.SelectMany(o => TextNormalizer.PaddedPhrases(o.Requests.All).Select(p => ((ButtonAction)new AskOwner(o.Id), p))),
            .. TextNormalizer.PaddedPhrases(c.ContactRequests.All).Select(p => (Commands.Contact, p)),
        ]);
}
