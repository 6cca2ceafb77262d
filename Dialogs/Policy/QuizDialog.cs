using System.Runtime.CompilerServices;
using System.Globalization;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Engine.Prompts;
using PolicyBot.Dialogs.Text;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Dialogs.Policy;

/// <summary>
/// The knowledge quiz: a few situations drawn at random from the content's pool, feedback with the policy principle
/// straight after each answer, and at the end the score with the topics worth reading again. Stored as question ids,
/// so a content change or a restart mid-quiz goes on with the questions that still exist.
/// </summary>
public sealed class QuizDialog(Random random) : Dialog(DialogId)
{
    public const string DialogId = "quiz";
    private const int MaxAttempts = 3;

    /// <summary>
    /// True when a short message holds one of the quiz's trigger phrases and otherwise only asks for it ("quiz", "ik wil
    /// de quiz doen", "quiz again"); a longer one, or one about something else, is a question that may mention a quiz.
    /// </summary>
    public static bool IsTrigger(TurnContext context)
    {
        const int MaxWords = 8;
        if (context.Words.Length is 0 or > MaxWords) return false;
        var text = context.PaddedWords;
        // Around the trigger only words that ask for it ("ik wil de quiz nog een keer doen"): "mag ik een quiz posten"
        // is a question about posting one.
        return Triggers(context.Content).Any(t => text.Contains(t, StringComparison.Ordinal)
            && text.Replace(t, " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(AskingWords.Contains));
    }

    private static readonly HashSet<string> AskingWords = new(
        ["ik", "wil", "de", "het", "een", "doen", "nog", "keer", "weer", "opnieuw", "graag", "aub", "even", "starten", "spelen", "mag",
         "i", "want", "to", "do", "the", "a", "again", "please", "start", "play", "take", "lets", "let", "s", "can", "id", "like", "one", "more"],
        StringComparer.Ordinal);

    // The quiz's triggers normalized and padded once per content version, not on every typed message.
    private static readonly ConditionalWeakTable<PolicyContent, string[]> TriggersByContent = new();

    private static string[] Triggers(PolicyContent content) =>
        TriggersByContent.GetValue(content, c => c.Quiz is { } quiz ? TextNormalizer.PaddedPhrases(quiz.Triggers.All) : []);

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        if (context.Content.Quiz is not { } quiz) return dc.EndDialogAsync(null, cancellationToken);
        var state = dc.ActiveDialog!.State<QuizState>();
        var count = Math.Min(quiz.Length, quiz.Questions.Count);
        state.Start(quiz.Questions.OrderBy(_ => random.Next()).Take(count).Select(q => q.Id));
        context.Send(Message(context, context.Text(MessageIds.QuizIntro, ("count", Number(count)))));
        Ask(context, quiz, state);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var state = dc.ActiveDialog!.State<QuizState>();
        if (context.Content.Quiz is not { } quiz || state.Current(quiz) is not { } question) return await FinishAsync(dc, state, cancellationToken);

        var choices = AnswerChoices(question, context.Language);
        if (ChoiceRecognizer.Recognize(context.Input.Text, context.Input.Value, choices, context.Language) is not { } found)
        {
            // Small talk ("bedankt", "ok") is no wrong answer: a friendly line, and the question again. Nor is a policy
            // question put in between ("mag ik eigenlijk een klant taggen?"): its answer, then the quiz question again.
            if (context.SmallTalk is { } smallTalk) context.SendText(smallTalk.InDialogReply);
            else if (QuestionForm.Asks(context.Input.Text) && context.Recognized.Topic is { } topicId && context.Content.Topic(topicId) is { StartsCheck: null } topic)
            {
                context.RecognitionOutcome = RecognitionOutcome.Answered;
                context.Send(TopicAnswers.Build(context, topic));
                context.SendText(MessageIds.QuizResume);
            }
            else if (++state.Attempts >= MaxAttempts) return await FinishAsync(dc, state, cancellationToken);
            else context.SendText(MessageIds.CheckRetry);
            Ask(context, quiz, state);
            return DialogTurnResult.Waiting;
        }

        var answer = question.Answers.First(a => a.Id == found.Value);
        if (context.Input.Value is not null)
            context.UpdateCard(CardUpdate.Answered(question.Situation[context.Language].Trim(), answer.Label[context.Language], context.Language, fromContent: true));
        state.Record(answer.Correct, question.Topic);
        context.Send(Message(context, Feedback(context, question, answer)));
        if (!state.MoveNext(quiz)) return await FinishAsync(dc, state, cancellationToken);
        Ask(context, quiz, state);
        return DialogTurnResult.Waiting;
    }

    public override string? PendingPrompt(TurnContext context, DialogInstance instance) =>
        context.Content.Quiz is { } quiz && instance.State<QuizState>().Current(quiz) is { } question ? PromptOf(question.Id) : null;

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        if (dc.Context.Content.Quiz is { } quiz) Ask(dc.Context, quiz, instance.State<QuizState>());
        return Task.CompletedTask;
    }

    private static void Ask(TurnContext context, Quiz quiz, QuizState state)
    {
        if (state.Current(quiz) is not { } question) return;
        var text = context.Text(MessageIds.QuizQuestion,
            ("number", Number(state.Index + 1)), ("count", Number(state.Count)), ("situation", question.Situation[context.Language].Trim()));
        context.Send(new MessageReply(text)
        {
            Choices = AnswerChoices(question, context.Language), ExpectingInput = true, Language = context.Language, FromContent = true,
            PromptId = PromptOf(question.Id),
        });
    }

    private static string Feedback(TurnContext context, QuizQuestion question, QuizAnswer answer)
    {
        var verdict = context.Text(answer.Correct ? MessageIds.QuizCorrect : MessageIds.QuizWrong);
        var text = $"{verdict} {answer.Feedback[context.Language].Trim()}";
        return context.Content.Topic(question.Topic)?.Principle is { } principle
            ? text + "\n\n" + context.Text(MessageIds.QuizPrinciple, ("principle", principle[context.Language]))
            : text;
    }

    private static Task<DialogTurnResult> FinishAsync(DialogContext dc, QuizState state, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var score = context.Text(MessageIds.QuizScore, ("score", Number(state.Score)), ("count", Number(state.Answered)));
        var missed = state.MissedTopics.Select(context.Content.Topic).OfType<Topic>().ToList();
        var text = missed.Count == 0 && state.Answered > 0
            ? $"{score} {context.Text(MessageIds.QuizPerfect)}"
            : missed.Count == 0 ? score : $"{score}\n\n{context.Text(MessageIds.QuizReadAgain)}";
        var choices = missed.Select(t => new Choice(Commands.Topic(t.Id), t.Title[context.Language])).ToList();
        choices.Add(new Choice(Commands.Quiz, context.Text(MessageIds.ButtonQuizAgain)));
        context.Send(new MessageReply(text) { Choices = choices, Language = context.Language, FromContent = true });
        return dc.EndDialogAsync(null, cancellationToken);
    }

    private static IReadOnlyList<Choice> AnswerChoices(QuizQuestion question, Language language) =>
        question.Answers.Select(a => new Choice(a.Id, a.Label[language])).ToList();

    private static MessageReply Message(TurnContext context, string text) => new(text) { Language = context.Language };

    private static string PromptOf(string questionId) => "quiz/" + questionId;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
