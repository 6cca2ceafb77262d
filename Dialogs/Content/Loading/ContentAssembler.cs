namespace PolicyBot.Dialogs.Content.Loading;

/// <summary>
/// Reads the top-level sections of every file into one content, then runs the checks that need all files
/// (unknown references, missing messages). Those are skipped when a file has a syntax error, as they would only
/// repeat that one error many times.
/// </summary>
internal sealed class ContentAssembler
{
    private readonly DiagnosticBag diagnostics = new();
    private readonly IdRegistry ids;
    private readonly List<Topic> topics = [];
    private readonly List<Owner> owners = [];
    private readonly List<GuidedCheck> checks = [];
    private readonly Dictionary<string, LocalizedText> messages = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string>> synonymsNl = [];
    private readonly List<IReadOnlyList<string>> synonymsEn = [];
    private readonly List<LocalizedList> outOfScope = [];
    private readonly List<SmallTalk> smallTalk = [];
    private readonly List<ScalarNode> messagesNotRequired = [];
    // Root lists of phrases that ask for something rather than ask a question: each defined once, wherever it is.
    private readonly Dictionary<string, (LocalizedList Phrases, SourcePosition First)> requests = new(StringComparer.Ordinal);
    private Quiz? quiz;
    private SourcePosition? firstMessagesKey;
    private SourcePosition? firstQuizKey;
    private bool unreadable;
    private bool readFailed;
    private bool tooManyPhrases;

    public ContentAssembler() => ids = new IdRegistry(diagnostics);

    public DiagnosticBag Diagnostics => diagnostics;

    public void AddFile(string file, string text)
    {
        var documents = new YamlTreeParser(file, diagnostics).Parse(text);
        if (documents is null)
        {
            unreadable = true;
            return;
        }
        foreach (var document in documents.Where(d => d is not ScalarNode { IsNull: true }))
        {
            if (Fields.Of(document, "the file", ContentKeys.Root, diagnostics) is not { } root) continue;
            ReadItems(root, "topics", node => TopicReader.Read(node, diagnostics, ids), topics);
            ReadItems(root, "owners", node => OwnerReader.Read(node, diagnostics, ids), owners);
            ReadItems(root, "checks", node => CheckReader.Read(node, diagnostics, ids), checks);
            if (root.Optional("messages") is { } messagesNode)
            {
                firstMessagesKey ??= root.Key("messages")!.Position;
                MessageReader.ReadMessages(messagesNode, messages, diagnostics, ids, messagesNotRequired);
            }
            if (root.Key("quiz") is { } quizKey) ReadQuiz(root, quizKey);
            if (root.Optional("synonyms") is { } synonyms) MessageReader.ReadSynonyms(synonyms, synonymsNl, synonymsEn, diagnostics);
            ReadItems(root, "out-of-scope", node => Values.Phrases(node, "out-of-scope", diagnostics), outOfScope);
            ReadItems(root, "small-talk", node => SmallTalkReader.Read(node, diagnostics, ids), smallTalk);
            foreach (var name in (string[])["contact-requests", "topic-list-requests"])
                if (root.Key(name) is { } requestsKey) ReadRequests(root, name, requestsKey);
        }
        ReportTooManyPhrases(file);
    }

    /// <summary>A file refused before reading (too big); like a syntax error, it skips the checks across files.</summary>
    public void AddRefusedFile() => unreadable = true;

    public void AddUnreadableFile(string file, string reason)
    {
        unreadable = readFailed = true;
        diagnostics.Error(new SourcePosition(file, 0, 0), "cannot read the file: " + reason);
    }

    public ContentLoadResult Build()
    {
        if (!unreadable)
        {
            ids.ReportUnknownReferences();
            MessageReader.ReportMissing(ids, firstMessagesKey, diagnostics);
        }
        MessageReader.ReportUnused(messagesNotRequired, ids, diagnostics);
        var content = diagnostics.HasErrors ? null : new PolicyContent
        {
            Topics = topics,
            Owners = owners,
            Checks = checks,
            Messages = messages,
            Synonyms = new LocalizedSynonyms(synonymsNl, synonymsEn),
            OutOfScope = outOfScope,
            SmallTalk = smallTalk,
            ContactRequests = Requests("contact-requests"),
            TopicListRequests = Requests("topic-list-requests"),
            Quiz = quiz,
        };
        return new ContentLoadResult { Content = content, Errors = diagnostics.Errors, Warnings = diagnostics.Warnings, ReadFailed = unreadable && readFailed };
    }

    private void ReadRequests(Fields root, string name, ScalarNode key)
    {
        if (requests.TryGetValue(name, out var defined))
        {
            diagnostics.Error(key, $"a second '{name}'; keep them in one list, first defined at {defined.First.File}:{defined.First.Line}:{defined.First.Column}");
            return;
        }
        var phrases = root.Required(name) is { } node ? Values.Phrases(node, name, diagnostics) : null;
        requests[name] = (phrases ?? LocalizedList.Empty, key.Position);
    }

    private LocalizedList Requests(string name) => requests.TryGetValue(name, out var defined) ? defined.Phrases : LocalizedList.Empty;

    private void ReadQuiz(Fields root, ScalarNode key)
    {
        if (firstQuizKey is { } first)
        {
            diagnostics.Error(key, $"a second 'quiz'; the content has one quiz, first defined at {first.File}:{first.Line}:{first.Column}");
            return;
        }
        firstQuizKey = key.Position;
        if (root.Required("quiz") is { } node) quiz = QuizReader.Read(node, diagnostics, ids);
    }

    // every phrase feeds the recognizer, whose build time grows with them
    private void ReportTooManyPhrases(string file)
    {
        if (tooManyPhrases) return;
        var count = topics.Sum(t => Count(t.Triggers))
            + checks.SelectMany(c => c.Steps).SelectMany(s => s.Choices).Sum(c => Count(c.Synonyms))
            + outOfScope.Sum(Count)
            + smallTalk.Sum(s => Count(s.Phrases))
            + synonymsNl.Concat(synonymsEn).Sum(group => group.Count)
            + (quiz is null ? 0 : Count(quiz.Triggers))
            + requests.Values.Sum(r => Count(r.Phrases)) + owners.Sum(o => Count(o.Requests));
        if (count <= ContentLimits.MaxPhrases) return;
        tooManyPhrases = true;
        diagnostics.Error(new SourcePosition(file, 1, 1),
            $"with this file the content has {count} phrases (trigger phrases, synonyms, out-of-scope and small-talk phrases); " +
            $"the bot takes at most {ContentLimits.MaxPhrases}");
    }

    private static int Count(LocalizedList list) => list.Nl.Count + list.En.Count;

    private void ReadItems<T>(Fields root, string key, Func<Node, T?> read, List<T> into) where T : class
    {
        if (root.Optional(key) is not { } node || Values.List(node, key, diagnostics) is not { } list) return;
        foreach (var item in list.Items)
        {
            if (read(item) is { } value) into.Add(value);
        }
    }
}
