namespace PolicyBot.Dialogs.Content;

/// <summary>
/// The whole policy content, loaded and validated from the YAML files under <c>Dialogs/Content</c>.
/// Immutable: a reload builds a new instance and swaps it in atomically.
/// </summary>
public sealed record PolicyContent
{
    public required IReadOnlyList<Topic> Topics { get; init; }

    public required IReadOnlyList<Owner> Owners { get; init; }

    public required IReadOnlyList<GuidedCheck> Checks { get; init; }

    /// <summary>The bot's own texts by id (welcome, help, fallback, ...). See <see cref="MessageIds"/>.</summary>
    public required IReadOnlyDictionary<string, LocalizedText> Messages { get; init; }

    /// <summary>Synonym groups per language for the recognizer: every word in a group means the same.</summary>
    public LocalizedSynonyms Synonyms { get; init; } = new([], []);

    /// <summary>
    /// Groups of questions the bot must not answer from the policy (IT, HR, facilities, small talk). The recognizer
    /// treats each group as one more "topic" whose answer is "nothing in the policy matches".
    /// </summary>
    public IReadOnlyList<LocalizedList> OutOfScope { get; init; } = [];

    /// <summary>
    /// Whole messages that are small talk ("bedankt", "hoi", "ok"), grouped by the message that answers them, in the
    /// order the content lists them: a message with phrases of several groups gets the first group's reply.
    /// </summary>
    public IReadOnlyList<SmallTalk> SmallTalk { get; init; } = [];

    /// <summary>
    /// Words that ask for a person ("met een mens praten", "talk to a human"): a short message with one of them starts
    /// "talk to someone" (<see cref="Owner.Requests"/> name one owner).
    /// </summary>
    public LocalizedList ContactRequests { get; init; } = LocalizedList.Empty;

    /// <summary>Phrases that ask for the list of topics ("show me all topics", "welke onderwerpen zijn er"), in a short message.</summary>
    public LocalizedList TopicListRequests { get; init; } = LocalizedList.Empty;

    /// <summary>The knowledge quiz, when the content has one.</summary>
    public Quiz? Quiz { get; init; }

    public Topic? Topic(string id) => Topics.FirstOrDefault(t => t.Id == id);

    public Owner? Owner(string id) => Owners.FirstOrDefault(o => o.Id == id);

    public GuidedCheck? Check(string id) => Checks.FirstOrDefault(c => c.Id == id);

    public LocalizedText Message(string id) =>
        Messages.TryGetValue(id, out var text) ? text : throw new KeyNotFoundException($"No message '{id}' in the content.");
}

public sealed record LocalizedSynonyms(IReadOnlyList<IReadOnlyList<string>> Nl, IReadOnlyList<IReadOnlyList<string>> En)
{
    public IReadOnlyList<IReadOnlyList<string>> this[Language language] => language == Language.Nl ? Nl : En;
}
