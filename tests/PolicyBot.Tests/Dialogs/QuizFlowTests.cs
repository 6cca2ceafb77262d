using PolicyBot.Dialogs.Policy;

namespace PolicyBot.Tests.Dialogs;

public class QuizFlowTests
{
    private static (DialogTestFlow Flow, SwappableContent Content) Start(int seed = 1, string locale = "en-US")
    {
        var content = new SwappableContent(TestContent.Build());
        return (new DialogTestFlow(new PolicyBotEngine(content, new Random(seed)), locale), content);
    }

    [Theory]
    [InlineData("quiz")]
    [InlineData("Test my knowledge!")]
    [InlineData("test mijn kennis")]
    // Fifth user test: only a bare "quiz" worked; these opened a topic card.
    [InlineData("I want to do the quiz")]
    [InlineData("quiz again please")]
    [InlineData("nog een keer de quiz")]
    public async Task TriggerPhraseStartsTheQuiz(string trigger)
    {
        var (flow, _) = Start();

        await flow.Send(trigger)
            .AssertReply("en:quiz-intro 3")
            .AssertReply(r => { Assert.StartsWith("en:1/3 en:situation-q", r.Text); r.HasChoices("wrong", "right"); Assert.True(r.ExpectingInput); })
            .RunAsync();
    }

    [Fact]
    public async Task EachAnswerGetsFeedbackWithThePrincipleAndTheEndShowsScoreAndTopicsToReadAgain()
    {
        var (flow, _) = Start();
        string? firstTopicTitle = null;

        await flow.Submit(Commands.Quiz)
            .AssertReply("en:quiz-intro 3")
            .AssertReply("en:1/3")
            .Submit("wrong")
            .AssertReply(r =>
            {
                Assert.StartsWith("en:quiz-wrong en:feedback-q", r.Text);
                Assert.Contains("-wrong", r.Text);
                Assert.Contains("en:principle en:principle-", r.Text);
                firstTopicTitle = r.Text.Contains("principle-audiences") ? "en:title-audiences" : "en:title-confidential-information";
            })
            .AssertReply("en:2/3")
            .Send("Right")
            .AssertReply(r => Assert.StartsWith("en:quiz-correct en:feedback-q", r.Text))
            .AssertReply("en:3/3")
            .Send("2")
            .AssertReply("en:quiz-correct")
            .AssertReply(r =>
            {
                Assert.Equal("en:score 2/3\n\nen:quiz-read-again", r.Text);
                Assert.Equal([firstTopicTitle!, "en:button-quiz-again"], r.Choices.Select(c => c.Title));
            })
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task PerfectScoreIsPraisedAndOffersAnotherQuiz()
    {
        var (flow, _) = Start();

        await flow.Submit(Commands.Quiz).SkipReplies()
            .Submit("right").SkipReplies()
            .Submit("right").SkipReplies()
            .Submit("right")
            .AssertReply("en:quiz-correct")
            .AssertReply(r => { Assert.Equal("en:score 3/3 en:quiz-perfect", r.Text); r.HasChoices(Commands.Quiz); })
            .RunAsync();
    }

    [Fact]
    public async Task DifferentRunsDrawDifferentQuestions()
    {
        var drawn = new HashSet<string>();
        for (var seed = 1; seed <= 5; seed++)
        {
            var (flow, _) = Start(seed);
            await flow.Submit(Commands.Quiz).RunAsync();
            drawn.Add(string.Join(',', flow.State.Dialogs.DialogStack[0].State<QuizState>().Questions));
        }

        Assert.True(drawn.Count > 1, "every run drew the same questions");
    }

    [Fact]
    public async Task APolicyQuestionHalfwayThroughIsAnsweredAndTheQuizAsksItsQuestionAgain()
    {
        // Second user test: a question typed mid-quiz got "pick one of the options" (the check did answer it).
        var (flow, _) = Start();

        await flow.Submit(Commands.Quiz).SkipReplies()
            .Send("can I share a secret?")
            .AssertReply(r => Assert.Equal("confidential-information", r.Card<PolicyBot.Dialogs.Turns.AnswerCard>().TopicId))
            .AssertReply("en:quiz-resume")
            .AssertReply(r => Assert.StartsWith("en:1/3", r.Text))
            .Send("banana").AssertReply("en:check-retry").AssertReply("en:1/3")
            .Send("apple").AssertReply("en:check-retry").AssertReply("en:1/3")
            .AssertState(s => Assert.NotEmpty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task UnclearAnswerIsRetriedAndTheQuizStopsAfterThreeAttempts()
    {
        var (flow, _) = Start();

        await flow.Submit(Commands.Quiz).SkipReplies()
            .Send("banana").AssertReply("en:check-retry").AssertReply("en:1/3")
            .Send("apple").AssertReply("en:check-retry").AssertReply("en:1/3")
            .Send("pear").AssertReply(r => Assert.Equal("en:score 0/0", r.Text))
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task QuestionRemovedFromTheContentMidQuizIsSkipped()
    {
        var (flow, content) = Start();
        await flow.Submit(Commands.Quiz).SkipReplies().RunAsync();
        var second = flow.State.Dialogs.DialogStack[0].State<QuizState>().Questions[1];
        var changed = TestContent.Build();
        content.Swap(changed with { Quiz = changed.Quiz! with { Questions = [.. changed.Quiz.Questions.Where(q => q.Id != second)] } });

        await flow.Submit("right")
            .AssertReply("en:quiz-correct")
            .AssertReply(r => Assert.StartsWith("en:3/3", r.Text))
            .RunAsync();
    }

    [Fact]
    public async Task DutchQuizIsInDutch()
    {
        var (flow, _) = Start(locale: "nl-NL");

        await flow.Send("test mijn kennis")
            .AssertReply("nl:quiz-intro 3")
            .AssertReply(r => Assert.Equal(["Fout", "Goed"], r.Choices.Select(c => c.Title)))
            .RunAsync();
    }
}
