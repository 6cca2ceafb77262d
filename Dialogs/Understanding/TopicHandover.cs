using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Text;

namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// The words that hand a recognized question to another topic: the picked topic's own exceptions first
/// (<see cref="Topic.Exceptions"/>: "not announced yet" makes company news confidential), then any topic's claims
/// (<see cref="Topic.Claims"/>: "klokkenluider" is about raising wrongdoing whichever topic the words looked like).
/// Words count in the text's language, or in either when that is open (Dutch "intern" is "internal", English "intern"
/// a trainee). Built once from the content; immutable and thread-safe.
/// </summary>
internal sealed class TopicHandover
{
    private readonly Dictionary<string, Rule[]> _exceptions;
    private readonly Rule[] _claims;

    /// <param name="Topic">The topic that answers instead.</param>
    /// <param name="NotFrom">For a claim: the topics that keep such questions.</param>
    private sealed record Rule(string Topic, string[] Nl, string[] En, IReadOnlySet<string> NotFrom)
    {
        public bool Matches(string padded, Language? language) => Matched(padded, language) is not null;

        /// <summary>The first of the rule's phrases the text holds (padded), or null.</summary>
        public string? Matched(string padded, Language? language) =>
            (language is null or Language.Nl ? Array.Find(Nl, w => padded.Contains(w, StringComparison.Ordinal)) : null)
            ?? (language is null or Language.En ? Array.Find(En, w => padded.Contains(w, StringComparison.Ordinal)) : null);
    }

    public TopicHandover(IEnumerable<Topic> topics)
    {
        var list = topics.ToList();
        _exceptions = list.Where(t => t.Exceptions.Count > 0).ToDictionary(
            t => t.Id,
            t => t.Exceptions.Select(e => Build(e.Topic, e.When, [])).ToArray(),
            StringComparer.Ordinal);
        _claims = [.. list.SelectMany(t => t.Claims.Select(c => Build(t.Id, c.When, c.NotFrom)))];
    }

    private static Rule Build(string topic, LocalizedList when, IEnumerable<string> notFrom) =>
        new(topic, TextNormalizer.PaddedPhrases(when.Nl), TextNormalizer.PaddedPhrases(when.En), notFrom.ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether <paramref name="topic"/> can be handed on at all (worth padding the text for; always, once any topic has a claim).</summary>
    public bool MayHandOn(string topic) => _claims.Length > 0 || _exceptions.ContainsKey(topic);

    /// <summary>
    /// The topic that answers instead of <paramref name="topic"/>, or null when it keeps the question: its first exception
    /// whose words occur, else the first claim whose words occur, in content order (topics as loaded, files by name).
    /// </summary>
    /// <param name="padded">The words as typed, from <see cref="TextNormalizer.Padded"/>.</param>
    public string? Instead(string topic, string padded, Language? language)
    {
        if (_exceptions.TryGetValue(topic, out var exceptions))
            foreach (var exception in exceptions)
                if (exception.Matches(padded, language)) return exception.Topic;
        foreach (var claim in _claims)
            if (claim.Topic != topic && !claim.NotFrom.Contains(topic) && claim.Matches(padded, language)) return claim.Topic;
        return null;
    }

    /// <summary>
    /// The topic whose claim names a question the recognizer was unsure of, or null: the first claim whose words occur,
    /// unless the best of the <paramref name="candidates"/> keeps such questions (<see cref="Rule.NotFrom"/>) and no other
    /// topic it hesitated between (within <paramref name="ratio"/> of the best) would let them go; and only if it came
    /// close to the claimed topic or the claim's words are a phrase ("fire in hall", not a word of two senses such as
    /// "dividend": review 69).
    /// </summary>
    public string? Claimed(List<TopicScore> candidates, double ratio, string padded, Language? language)
    {
        var close = candidates[0].Score * ratio;
        foreach (var claim in _claims)
        {
            if (Kept(claim) || claim.Matched(padded, language) is not { } phrase) continue;
            if (candidates.Exists(c => c.Topic == claim.Topic) || phrase.AsSpan().Trim().Contains(' ')) return claim.Topic;
        }
        return null;

        // The best candidate keeps such questions, and no other close one would let them go.
        bool Kept(Rule claim) =>
            claim.NotFrom.Contains(candidates[0].Topic)
            && !candidates.Exists(c => c.Score >= close && c.Topic != claim.Topic && !claim.NotFrom.Contains(c.Topic));
    }

    /// <summary>
    /// Topics to offer, each handed on as an answer would be: a suggestion that the text's words give to another topic
    /// offers that topic, once, and never the topic answered beside it.
    /// </summary>
    public List<TopicScore> Offered(List<TopicScore> offered, string padded, Language? language, string? answered)
    {
        // Most turns hand nothing on: the list as it is, without a copy, and each topic looked up once.
        List<TopicScore>? handed = null;
        for (var i = 0; i < offered.Count; i++)
        {
            var candidate = offered[i];
            var instead = Instead(candidate.Topic, padded, language);
            if (handed is null && instead is null && candidate.Topic != answered) continue;
            handed ??= offered[..i];
            var topic = instead ?? candidate.Topic;
            if (topic != answered && !handed.Exists(h => h.Topic == topic)) handed.Add(candidate with { Topic = topic });
        }
        return handed ?? offered;
    }
}
