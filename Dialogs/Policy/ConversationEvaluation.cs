using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// Scores labelled questions as an employee meets them: each typed into the bot's turn (after its welcome), and read
/// back from what the turn did, not from the recognizer alone. A question taken as a command, as small talk or as the
/// start of the guided check is then no answer, as it is in chat.
/// </summary>
public static class ConversationEvaluation
{
    /// <param name="oneConversation">All questions typed one after another into one conversation, as a tester pastes a
    /// list (a question can then land in a check an earlier one started), instead of each in a new conversation.</param>
    public static async Task<EvaluationReport> RunAsync(
        PolicyContent content, ITopicRecognizer recognizer, IEnumerable<LabelledQuestion> questions, bool oneConversation, CancellationToken cancellationToken = default) =>
        RecognizerEvaluation.Report(await SeenAsync(content, recognizer, questions, oneConversation, cancellationToken));

    /// <summary>Several sets, each typed into a conversation of its own, pooled into one report.</summary>
    public static async Task<EvaluationReport> RunAsync(
        PolicyContent content, ITopicRecognizer recognizer, IEnumerable<IReadOnlyList<LabelledQuestion>> sets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var seen = new List<(LabelledQuestion, RecognizerResult)>();
        foreach (var set in sets) seen.AddRange(await SeenAsync(content, recognizer, set, oneConversation: true, cancellationToken));
        return RecognizerEvaluation.Report(seen);
    }

    /// <summary>Each question with what the bot did with it.</summary>
    public static async Task<List<(LabelledQuestion Question, RecognizerResult Seen)>> SeenAsync(
        PolicyContent content, ITopicRecognizer recognizer, IEnumerable<LabelledQuestion> questions, bool oneConversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var bot = new PolicyBotEngine(new FixedContentProvider(new ContentSnapshot(content, recognizer, 0)), new Random(0));
        var seen = new List<(LabelledQuestion, RecognizerResult)>();
        ConversationData? shared = null;
        foreach (var question in questions)
        {
            var locale = question.Language.Locale();
            var state = oneConversation && shared is not null ? shared : await WelcomedAsync(bot, locale, cancellationToken);
            shared = state;
            var result = await bot.OnTurnAsync(TurnInput.Message(question.Text, locale), state, cancellationToken);
            seen.Add((question, Seen(result, content)));
        }
        return seen;
    }

    private static async Task<ConversationData> WelcomedAsync(IBot bot, string locale, CancellationToken cancellationToken)
    {
        var state = new ConversationData();
        await bot.OnTurnAsync(new TurnInput { Kind = TurnKind.Welcome, Locale = locale }, state, cancellationToken);
        return state;
    }

    /// <summary>
    /// What the employee saw, in the recognizer's terms: the topic answered (a check's own ending, such as the mistake
    /// triage's, is no topic), the topics offered, and the recognizer's candidates from its trace.
    /// </summary>
    private static RecognizerResult Seen(TurnResult result, PolicyContent content)
    {
        var usage = result.Effects.OfType<UsageEvent>().ToList();
        var trace = result.Replies.OfType<TraceReply>().FirstOrDefault(t => t.Name == RecognizerTrace.Name)?.Value;
        var answered = usage.FirstOrDefault(u => u.Kind == UsageKind.Topic && u.TopicId is { } id && content.Topic(id) is not null)?.TopicId;
        var language = result.Messages.FirstOrDefault()?.Language;
        return new RecognizerResult(answered, (double?)trace?["score"] ?? 0, Scores(trace?["candidates"]))
        {
            DetectedLanguage = language,
            Suggestions = usage.Where(u => u.Kind == UsageKind.Suggested && u.TopicId is not null).Select(u => new TopicScore(u.TopicId!, 0)).ToList(),
            Alternatives = answered is null ? [] : Scores(trace?["alternatives"]),
        };
    }

    private static List<TopicScore> Scores(JsonNode? scores) =>
        scores is JsonArray array ? array.Select(s => new TopicScore((string)s!["topic"]!, (double)s["score"]!)).ToList() : [];
}
