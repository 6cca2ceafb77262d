using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

/// <summary>
/// `eval --one-conversation`: what the bot's turn did with each question, typed one after another as a tester pastes
/// a list, not what the recognizer alone would say.
/// </summary>
public class ConversationEvaluationTests
{
    private static readonly PolicyContent Content = PolicyBot.Tests.Dialogs.TestContent.Build();
    private static readonly PolicyBot.Tests.Dialogs.KeywordRecognizer Recognizer = new(Content);

    private static readonly LabelledQuestion[] Questions =
    [
        new(Language.En, "may-i-share", "share this"),                     // starts the check: its topic answered
        new(Language.En, "audiences", "what about something vague?"),     // in the check: "did you mean", not "pick an option"
        new(Language.En, "confidential-information", "is this secret?"), // in the check: answered, then back to the check
        new(Language.En, "audiences", "help"),                            // a command, whatever the recognizer thinks
        new(Language.En, null, "what is the capital of France?"),
    ];

    [Fact]
    public async Task OneConversationScoresWhatTheTurnDid()
    {
        var report = await ConversationEvaluation.RunAsync(Content, Recognizer, Questions, oneConversation: true);

        Assert.Equal((2, 4), (report.InScope.Correct, report.InScope.Total));
        Assert.Equal((3, 4), (report.AnsweredOrSuggested.Correct, report.AnsweredOrSuggested.Total));
        Assert.Equal((0, 1), (report.OutOfScope.Correct, report.OutOfScope.Total));
        Assert.Contains(report.Misclassified, m => m.Question.Text == "help" && m.Recognized is null);
    }

    [Fact]
    public async Task ANewConversationPerQuestionMatchesTheRecognizerWhereNoCommandIsTyped()
    {
        var typed = Questions.Where(q => q.Text != "help").ToList();

        var conversation = await ConversationEvaluation.RunAsync(Content, Recognizer, typed, oneConversation: false);
        var recognizer = RecognizerEvaluation.Run(Recognizer, typed);

        Assert.Equal(recognizer.InScope, conversation.InScope);
        Assert.Equal(recognizer.AnsweredOrSuggested, conversation.AnsweredOrSuggested);
        Assert.Equal(recognizer.OutOfScope, conversation.OutOfScope);
    }
}
