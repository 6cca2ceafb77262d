using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Dialogs;

/// <summary>The training part of the bundled content: quiz, what-if scenarios, the mistake triage, ambassadors.</summary>
public class BundledTrainingTests
{
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;

    private static DialogTestFlow Flow(string locale, PolicyContent? content = null) =>
        new(new PolicyBotEngine(new RealRecognizer(content ?? Content), new Random(7)), locale);

    [Fact]
    public void QuizPoolHasAtLeastTwentyQuestionsCoveringManyTopics()
    {
        Assert.True(Content.Quiz!.Questions.Count >= 20);
        Assert.True(Content.Quiz.Questions.Select(q => q.Topic).Distinct().Count() >= 12);
        Assert.Equal(5, Content.Quiz.Length);
    }

    [Theory]
    [InlineData("nl-NL", true)]
    [InlineData("nl-NL", false)]
    [InlineData("en-US", true)]
    [InlineData("en-US", false)]
    public async Task EveryQuizQuestionGivesFeedbackWithItsPrincipleInBothLanguages(string locale, bool answerCorrectly)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var quiz = Content.Quiz!;
        var everything = Content with { Quiz = quiz with { Length = quiz.Questions.Count } };
        var flow = Flow(locale, everything).Submit(Commands.Quiz).AssertReply(r => Assert.Contains(quiz.Questions.Count.ToString(), r.Text));
        QuizQuestion? asked = null;

        for (var i = 0; i < quiz.Questions.Count; i++)
        {
            flow.AssertReply(r => asked = quiz.Questions.Single(q => r.Text.Contains(q.Situation[language].Trim(), StringComparison.Ordinal)));
            await flow.RunAsync();
            var answer = asked!.Answers.First(a => a.Correct == answerCorrectly);
            var principle = Content.Topic(asked.Topic)!.Principle![language];
            flow.Submit(answer.Id).AssertReply(r =>
            {
                Assert.Contains(answer.Feedback[language].Trim(), r.Text);
                Assert.Contains(principle, r.Text);
            });
        }

        await flow
            .AssertReply(r =>
            {
                var missed = r.Choices.Count(c => c.Action is ShowTopic);
                Assert.Equal(answerCorrectly ? 0 : quiz.Questions.Select(q => q.Topic).Distinct().Count(), missed);
                r.OffersChoice(Commands.Quiz);
            })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Theory]
    [InlineData("I posted something I shouldn't have", "en-US")]
    [InlineData("ik heb iets gepost wat eigenlijk niet mocht", "nl-NL")]
    public async Task MistakeStartsTheCalmTriage(string text, string locale)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var triage = Content.Check("mistake-triage")!;

        await Flow(locale).Send(text)
            .AssertReply(triage.Intro![language].Trim())
            .AssertReply(r => Assert.Equal(triage.Step(triage.Start)!.Question[language], r.Text))
            .RunAsync();
    }

    [Theory]
    [InlineData("I want to become a social media ambassador", "en-US")]
    [InlineData("ik wil social media ambassadeur worden", "nl-NL")]
    public async Task AmbassadorQuestionExplainsTheProgrammeAndOffersMarketing(string text, string locale)
    {
        await Flow(locale).Send(text)
            .AssertReply(r =>
            {
                Assert.Equal("training-and-ambassadors", r.Card<AnswerCard>().TopicId);
                Assert.Equal("marketing", Assert.IsType<AskOwner>(r.Choices[0].Action).OwnerId);
            })
            .RunAsync();
    }

    [Theory]
    [InlineData("what if a journalist sends me a message?", "en-US", "what-if-journalist")]
    [InlineData("wat als een klant klaagt onder mijn post?", "nl-NL", "what-if-customer-complaint")]
    public async Task WhatIfQuestionOffersItsScenario(string text, string locale, string scenario)
    {
        await Flow(locale).Send(text)
            .AssertReply(r => r.OffersChoice(Commands.StartCheck(scenario)))
            .RunAsync();
    }

    private sealed class RealRecognizer(PolicyContent content) : IContentProvider
    {
        public ContentSnapshot Current { get; } = new(content, new TopicRecognizer(content), 1);
    }
}
