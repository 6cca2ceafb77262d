using System.Text.Json.Nodes;
using PolicyBot.Bot.Publishing;
using PolicyBot.Cards;
using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Bot.Editor;

/// <summary>
/// What the browser editor asks of the bot: a topic's fields, a draft validated as <c>check</c> validates it with its
/// cards and errors, the recognizer's choice against the draft, the diff, and publishing through
/// <see cref="ContentPublisher"/> exactly as <c>content publish</c> does.
/// </summary>
public sealed class ContentEditor(ContentStore content, IContentVersionStore versions, ContentPublisher publisher, ILogger<ContentEditor> logger)
{
    /// <summary>
    /// The content a draft starts from: the newest published version, or while nobody has published, the content
    /// folder itself (which then runs and is hot reloaded).
    /// </summary>
    public async Task<(int Version, IReadOnlyList<ContentFile> Files)> BaseAsync(CancellationToken cancellationToken)
    {
        var newest = await versions.NewestAsync(cancellationToken);
        if (newest is { IsFromFolder: false } && await versions.GetAsync(newest.Number, cancellationToken) is { } version) return (newest.Number, version.Files);
        return (newest?.Number ?? 0, ContentLoader.ReadFiles(content.ContentPath, out _));
    }

    public async Task<JsonObject> TopicsAsync(CancellationToken cancellationToken)
    {
        var (number, files) = await BaseAsync(cancellationToken);
        var loaded = ContentLoader.Load(files);
        var topics = new JsonArray();
        foreach (var (id, file) in EditorFields.Topics(files))
        {
            var topic = loaded.Content?.Topic(id);
            topics.Add(new JsonObject { ["id"] = id, ["file"] = file, ["nl"] = topic?.Title.Nl ?? id, ["en"] = topic?.Title.En ?? id });
        }
        return new JsonObject { ["version"] = number, ["topics"] = topics };
    }

    /// <summary>The topic's fields with the draft's values, each with the errors on its lines, and the cards in both languages.</summary>
    public async Task<JsonObject> DraftAsync(string topicId, IReadOnlyList<FieldEdit> edits, CancellationToken cancellationToken)
    {
        var (number, baseFiles) = await BaseAsync(cancellationToken);
        var (files, problems) = ContentDraft.Apply(baseFiles, edits);
        var loaded = ContentLoader.Load(files);
        var sections = EditorFields.ForTopic(files, topicId);
        var (byField, other) = ContentDraft.Place(loaded.Errors, sections);
        var cards = new JsonObject();
        if (loaded.Succeeded && loaded.Content.Topic(topicId) is { } topic)
        {
            var snapshot = new ContentSnapshot(loaded.Content, NoRecognizer.Instance, number);
            foreach (var language in new[] { Language.Nl, Language.En })
            {
                var reply = TopicAnswers.Build(new TurnContext(TurnInput.Message(null), language, snapshot), topic);
                cards[language == Language.Nl ? "nl" : "en"] = ReplyCards.Build(reply);
            }
        }
        return new JsonObject
        {
            ["version"] = number,
            ["found"] = sections.Count > 0,
            ["valid"] = loaded.Succeeded && problems.Count == 0,
            ["changed"] = !files.SequenceEqual(baseFiles),
            ["problems"] = new JsonArray([.. problems.Select(p => JsonValue.Create(p))]),
            ["errors"] = new JsonArray([.. other.Select(e => JsonValue.Create(e))]),
            ["warnings"] = loaded.Warnings.Count,
            ["sections"] = new JsonArray([.. sections.Select(s => Section(s, byField))]),
            ["cards"] = cards,
        };
    }

    /// <summary>What the recognizer, built from the draft's phrases, makes of a question.</summary>
    public async Task<JsonObject> TryAsync(IReadOnlyList<FieldEdit> edits, string question, CancellationToken cancellationToken)
    {
        var (_, baseFiles) = await BaseAsync(cancellationToken);
        var (files, problems) = ContentDraft.Apply(baseFiles, edits);
        var loaded = ContentLoader.Load(files);
        if (!loaded.Succeeded || problems.Count > 0) return new JsonObject { ["valid"] = false };
        var result = RecognizerCache.For(loaded.Content).Recognize(question, cancellationToken);
        JsonObject Scored(TopicScore s) => new() { ["topic"] = s.Topic, ["score"] = Math.Round(s.Score, 3), ["nl"] = loaded.Content.Topic(s.Topic)?.Title.Nl, ["en"] = loaded.Content.Topic(s.Topic)?.Title.En };
        return new JsonObject
        {
            ["valid"] = true,
            ["topic"] = result.Topic,
            ["score"] = Math.Round(result.Score, 3),
            ["nl"] = result.Topic is { } id ? loaded.Content.Topic(id)?.Title.Nl : null,
            ["en"] = result.Topic is { } id2 ? loaded.Content.Topic(id2)?.Title.En : null,
            ["suggestions"] = new JsonArray([.. result.Suggestions.Select(Scored)]),
            ["candidates"] = new JsonArray([.. result.Candidates.Take(3).Select(Scored)]),
        };
    }

    /// <summary>The unified diff from the published content to the draft, as <c>content diff</c> prints it.</summary>
    public async Task<string> DiffAsync(IReadOnlyList<FieldEdit> edits, CancellationToken cancellationToken)
    {
        var (number, baseFiles) = await BaseAsync(cancellationToken);
        var (files, _) = ContentDraft.Apply(baseFiles, edits);
        var at = DateTimeOffset.UnixEpoch;
        return ContentVersionsReport.Diff(
            new ContentVersion(new ContentVersionInfo(number, "", at, "", ContentVersionInfo.Publish), baseFiles),
            new ContentVersion(new ContentVersionInfo(number + 1, "", at, "", ContentVersionInfo.Publish), files));
    }

    /// <summary>Stores the draft as the next version when it loads cleanly; otherwise nothing is stored.</summary>
    public async Task<(ContentVersionInfo? Version, IReadOnlyList<string> Errors)> PublishAsync(
        IReadOnlyList<FieldEdit> edits, string message, string editorId, CancellationToken cancellationToken)
    {
        var (_, baseFiles) = await BaseAsync(cancellationToken);
        var (files, problems) = ContentDraft.Apply(baseFiles, edits);
        if (problems.Count > 0) return (null, problems);
        if (files.SequenceEqual(baseFiles)) return (null, []);
        var (version, errors) = await publisher.PublishAsync(files, editorId, message, ContentVersionInfo.Publish, cancellationToken);
        if (version is null) logger.EditorPublishRefused(editorId, errors.Count);
        else logger.EditorPublished(editorId, version.Number);
        return (version, [.. errors.Select(e => e.ToString())]);
    }

    public async Task<(ContentVersionInfo? Version, IReadOnlyList<string> Errors)?> RollbackAsync(int number, string message, string editorId, CancellationToken cancellationToken)
    {
        if (await publisher.RollbackAsync(number, editorId, message, cancellationToken) is not { } outcome) return null;
        if (outcome.Version is { } version) logger.EditorRolledBack(editorId, number, version.Number);
        return (outcome.Version, [.. outcome.Errors.Select(e => e.ToString())]);
    }

    private static JsonObject Section(EditorSection section, Dictionary<string, List<string>> errors) => new()
    {
        ["kind"] = section.Kind,
        ["id"] = section.Id,
        ["file"] = section.File,
        ["fields"] = new JsonArray([.. section.Fields.Select(f => new JsonObject
        {
            ["file"] = f.File,
            ["path"] = f.Path,
            ["label"] = f.Label,
            ["language"] = f.Language,
            ["isList"] = f.IsList,
            ["value"] = f.Value,
            ["items"] = new JsonArray([.. f.Items.Select(i => JsonValue.Create(i))]),
            ["errors"] = new JsonArray([.. errors.GetValueOrDefault(ContentDraft.Key(f), []).Select(e => JsonValue.Create(e))]),
        })]),
    };

    // the card needs no recognizer; building one per keystroke would cost a few hundred milliseconds
    private sealed class NoRecognizer : ITopicRecognizer
    {
        public static readonly NoRecognizer Instance = new();

        public RecognizerResult Recognize(string text) => RecognizerResult.None;
    }
}
