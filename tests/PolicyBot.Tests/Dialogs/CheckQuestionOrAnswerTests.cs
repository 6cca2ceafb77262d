using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// At the bundled "may I share this?" check's yes/no steps, a question about another topic that happens to contain
/// "yes"/"no" is answered as a question and the check resumes; short answers still answer the step.
/// </summary>
public class CheckQuestionOrAnswerTests
{
    private static readonly PolicyContent Content = BundledContentProvider.Bundled;
    private static readonly GuidedCheck Check = Content.Check("may-i-share")!;

    private static string Question(string stepId, Language language) => Check.Step(stepId)!.Question[language];

    /// <summary>Starts the check and answers "photo" and "positive", so the next question is the yes/no "is anything not public yet?".</summary>
    /// <summary>Starts the check: its first question is "what do you want to share?".</summary>
    private static DialogTestFlow AtFirstStep(string locale, Language language) =>
        new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), locale)
            .Submit(Commands.Check)
            .AssertReply(Content.Message(MessageIds.CheckIntro)[language])
            .AssertReply(r => Assert.Equal(Question("what", language), r.Text));

    private static DialogTestFlow AtConfidentialStep(string locale, Language language) =>
        AtFirstStep(locale, language)
            .Submit("photo")
            .AssertReply(r => Assert.Equal(Question("tone", language), r.Text))
            .Submit("positive")
            .AssertReply(r => Assert.Equal(Question("public", language), r.Text));

    private static Action<MessageReply> Answers(string topicId) => r => Assert.Equal(topicId, r.Card<AnswerCard>().TopicId);

    [Fact]
    public async Task DutchQuestionsWithJaOrNeeAreAnsweredAndTheCheckResumes()
    {
        var nl = Language.Nl;

        await AtConfidentialStep("nl-NL", nl)
            .Send("kan ik ja zeggen tegen een verslaggever die me belt over ons bedrijf?")
            .AssertReply(Answers("sales-and-press"))
            .AssertReply(Content.Message(MessageIds.CheckResume)[nl])
            .AssertReply(r => Assert.Equal(Question("public", nl), r.Text))
            .Send("nee hoor")
            .AssertReply(r => Assert.Equal(Question("people", nl), r.Text))
            .Send("mag ik nee zeggen als ze me vragen ambassadeur te worden?")
            .AssertReply(Answers("training-and-ambassadors"))
            .AssertReply(Content.Message(MessageIds.CheckResume)[nl])
            .AssertReply(r => Assert.Equal(Question("people", nl), r.Text))
            .Send("nee")
            .AssertReply(r => Assert.Equal(Question("speaking", nl), r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task EnglishQuestionsWithYesOrNoAreAnsweredAndTheCheckResumes()
    {
        var en = Language.En;

        await AtConfidentialStep("en-US", en)
            .Send("a reporter calls me about the company, can I say yes to an interview?")
            .AssertReply(Answers("sales-and-press"))
            .AssertReply(Content.Message(MessageIds.CheckResume)[en])
            .AssertReply(r => Assert.Equal(Question("public", en), r.Text))
            .Send("no")
            .AssertReply(r => Assert.Equal(Question("people", en), r.Text))
            .Send("can I say no when my manager pressures me to post?")
            .AssertReply(Answers("voluntary-participation"))
            .AssertReply(Content.Message(MessageIds.CheckResume)[en])
            .AssertReply(r => Assert.Equal(Question("people", en), r.Text))
            .Send("no")
            .AssertReply(r => Assert.Equal(Question("speaking", en), r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    /// <summary>
    /// At the first step a text that names a kind of post is read as a description of it, but one about a topic the
    /// check never leads to is a question, whatever words it shares with the choices ("posten over mijn werk"), when it
    /// is put as one.
    /// </summary>
    [Theory]
    [InlineData("nl-NL", "moet ik verplicht posten over mijn werk", "voluntary-participation")]
    [InlineData("nl-NL", "wat moet ik doen als ik steeds getrold word op x na een post over mijn werk", "online-harassment")]
    [InlineData("en-US", "what do I do about abusive replies under my post about work", "online-harassment")]
    public async Task AQuestionAboutATopicTheCheckNeverReachesIsAnsweredNotTakenForADescription(string locale, string question, string topic)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        Assert.Equal(topic, new PolicyBot.Dialogs.Understanding.TopicRecognizer(Content).Recognize(question).Topic); // the precondition
        Assert.False(Check.LeadsTo(topic));

        await AtFirstStep(locale, language)
            .Send(question)
            .AssertReply(Answers(topic))
            .AssertReply(Content.Message(MessageIds.CheckResume)[language])
            .AssertReply(r => Assert.Equal(Question("what", language), r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task ADescriptionThatAsksNothingStillAnswersTheSteps()
    {
        const string description = "een vrolijke post over onze teamdag met de cijfers";
        Assert.False(Check.LeadsTo(new PolicyBot.Dialogs.Understanding.TopicRecognizer(Content).Recognize(description).Topic ?? "")); // the precondition

        await AtFirstStep("nl-NL", Language.Nl)
            .Send(description)
            .AssertReply(r =>
            {
                // The check moves on with what the description says ("Document of cijfers"): no topic answered in between.
                Assert.IsNotType<AnswerCard>(r.Card);
                Assert.NotEqual(Question("what", Language.Nl), r.Text);
                Assert.Contains(Check.Steps.Where(s => s.Id != "what"), s => s.Question[Language.Nl] == r.Text);
            })
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "wie regelt de pers eigenlijk bij ons?", "sales-and-press")]
    [InlineData("en-US", "is there a training on social media?", "training-and-ambassadors")]
    public async Task AQuestionTheBotIsUnsureOfGetsDidYouMeanAndTheCheckWaits(string locale, string question, string suggested)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        // The bundled recognizer offers the topic without answering it: the precondition of this test, not its subject.
        var recognized = new PolicyBot.Dialogs.Understanding.TopicRecognizer(Content).Recognize(question);
        Assert.True(recognized.Topic is null && recognized.Suggestions.Any(s => s.Topic == suggested), $"'{question}' is no longer a \"did you mean\" for {suggested}");

        await AtConfidentialStep(locale, language)
            .Send(question)
            .AssertReply(r =>
            {
                Assert.Equal(Content.Message(MessageIds.DidYouMean)[language], r.Text);
                Assert.Contains(Content.Topic(suggested)!.Title[language], r.Choices.Select(c => c.Title));
            })
            .AssertReply(Content.Message(MessageIds.CheckResume)[language])
            .AssertReply(r => Assert.Equal(Question("public", language), r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("nl-NL", "ja", null)]
    [InlineData("nl-NL", "Nee hoor", "people")]
    [InlineData("nl-NL", "2", "people")]
    [InlineData("nl-NL", "Weet ik niet zeker", null)] // not sure whether it's public means not yet
    [InlineData("nl-NL", "geen idee", null)]
    [InlineData("nl-NL", "nee, het is al openbaar", "people")]
    [InlineData("en-US", "yes", null)]
    [InlineData("en-US", "No", "people")]
    [InlineData("en-US", "the second one", "people")]
    [InlineData("en-US", "already public", "people")]
    [InlineData("en-US", "no, it's all public already", "people")]
    public async Task ShortAnswersStillAnswerTheYesNoStep(string locale, string answer, string? nextStep)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;

        await AtConfidentialStep(locale, language)
            .Send(answer)
            .AssertReply(r =>
            {
                if (nextStep is null) Assert.Equal(VerdictKind.DontShare, r.Card<VerdictCard>().Kind);
                else Assert.Equal(Question(nextStep, language), r.Text);
            })
            .AssertNoMoreReplies()
            .RunAsync();
    }
}
