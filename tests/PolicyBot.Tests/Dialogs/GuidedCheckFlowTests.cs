using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Engine;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;

namespace PolicyBot.Tests.Dialogs;

public class GuidedCheckFlowTests
{
    private static (DialogTestFlow Flow, SwappableContent Content) Start(string locale = "en-US")
    {
        var content = new SwappableContent(TestContent.Build());
        return (new DialogTestFlow(new PolicyBotEngine(content), locale), content);
    }

    private static DialogTestFlow StartCheck(DialogTestFlow flow) =>
        flow.Submit(Commands.Check).AssertReply("en:check-intro").AssertReply(r => r.HasChoices("news", "photo", "complaint"));

    [Fact]
    public async Task TypedLabelAndButtonBothAnswerTheCheck()
    {
        var (flow, _) = Start();

        await StartCheck(flow)
            .Send("news")
            .AssertReply(r => { Assert.Equal("en:q-secret", r.Text); r.HasChoices("yes", "no", InterruptionRecognizer.BackCommand); Assert.True(r.ExpectingInput); })
            .Submit("no")
            .AssertReply(r => Assert.Equal(VerdictKind.GoAhead, r.Card<VerdictCard>().Kind))
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task StepPromptsTheirAnsweredCardsAndTheVerdictAreMadeFromTheContent()
    {
        var (flow, _) = Start();

        await flow.Submit(Commands.Check).AssertReply("en:check-intro").AssertReply(r => Assert.True(r.FromContent))
            .Submit("news")
            .AssertCardUpdate(u => Assert.True(u.Replacement.FromContent))
            .AssertReply(r => { Assert.Equal("en:q-secret", r.Text); Assert.True(r.FromContent); })
            .Submit("no")
            .AssertCardUpdate(u => Assert.True(u.Replacement.FromContent))
            .AssertReply(r => Assert.True(r.FromContent))
            .RunAsync();
    }

    [Fact]
    public async Task MostSeriousFindingDecidesTheVerdictWithReasonsAndTips()
    {
        var (flow, _) = Start();

        await StartCheck(flow)
            .Send("picture")
            .AssertReply("en:q-secret")
            .Send("no")
            .AssertReply(r =>
            {
                var card = r.Card<VerdictCard>();
                Assert.Equal(VerdictKind.GoAheadWithCare, card.Kind);
                Assert.Equal(["en:reason-photo"], card.Reasons.Select(x => x.Text));
                Assert.Equal("en:title-audiences", card.Reasons[0].TopicTitle);
                Assert.Equal(["en:tip"], card.Tips);
                Assert.Equal("en:verdict-reasons", card.ReasonsHeading);
                r.HasChoices(Commands.Topic("audiences"), Commands.Check);
            })
            .RunAsync();
    }

    [Fact]
    public async Task DontShareVerdictGivesOnlyTheReasonsThatStopThePost()
    {
        var (flow, _) = Start();

        await StartCheck(flow)
            .Send("picture")
            .AssertReply("en:q-secret")
            .Send("yes")
            .AssertReply(r =>
            {
                var card = r.Card<VerdictCard>();
                Assert.Equal(VerdictKind.DontShare, card.Kind);
                Assert.Equal(["en:reason-secret"], card.Reasons.Select(x => x.Text));
                Assert.Equal("en:title-confidential-information", card.Reasons[0].TopicTitle);
                r.HasChoices(Commands.Topic("confidential-information"), Commands.Check);
            })
            .RunAsync();
    }

    [Fact]
    public async Task TipShowsOnlyWithTheVerdictsItFits()
    {
        var content = new SwappableContent(TestContent.Build(c => c with
        {
            Tips = [new CheckTip(TestContent.T("tip-posting"), null) { Verdicts = [VerdictKind.GoAhead, VerdictKind.GoAheadWithCare] }, new CheckTip(TestContent.T("tip"), null)],
        }));
        var flow = new DialogTestFlow(new PolicyBotEngine(content), "en-US");

        await StartCheck(flow)
            .Send("news").AssertReply("en:q-secret")
            .Send("no").AssertReply(r => Assert.Equal(["en:tip-posting", "en:tip"], r.Card<VerdictCard>().Tips))
            .Submit(Commands.Check).AssertReply("en:check-intro").AssertReply("en:q-what")
            .Send("news").AssertReply("en:q-secret")
            .Send("yes").AssertReply(r => Assert.Equal(["en:tip"], r.Card<VerdictCard>().Tips))
            .RunAsync();
    }

    [Fact]
    public async Task AskOwnerVerdictOffersTheOwnerButton()
    {
        var (flow, _) = Start();

        await StartCheck(flow)
            .Send("3")
            .AssertReply(r =>
            {
                Assert.Equal(VerdictKind.AskOwner, r.Card<VerdictCard>().Kind);
                r.HasChoices(Commands.Owner(new HandoffContext("customer-service") { CheckId = "may-i-share", Answers = [("what", "complaint")] }), Commands.Check);
            })
            .RunAsync();
    }

    [Fact]
    public async Task BackReturnsToThePreviousQuestionAndForgetsItsAnswer()
    {
        var (flow, _) = Start();

        await StartCheck(flow)
            .Send("a photo")
            .AssertReply("en:q-secret")
            .Send("terug")
            .AssertReply(r => r.HasChoices("news", "photo", "complaint"))
            .Send("back")
            .AssertReply("en:check-back-first")
            .AssertReply("en:q-what")
            .Send("news")
            .AssertReply("en:q-secret")
            .Send("no")
            .AssertReply(r => Assert.Equal(VerdictKind.GoAhead, r.Card<VerdictCard>().Kind))
            .RunAsync();
    }

    [Fact]
    public async Task TopicQuestionMidCheckIsAnsweredThenTheCheckResumes()
    {
        var (flow, _) = Start();

        await StartCheck(flow)
            .Send("is my audience relevant here?")
            .AssertReply(r => Assert.Equal("audiences", r.Card<AnswerCard>().TopicId))
            .AssertReply("en:check-resume")
            .AssertReply(r => Assert.Equal("en:q-what", r.Text))
            .Send("news")
            .AssertReply("en:q-secret")
            .RunAsync();
    }

    [Fact]
    public async Task NonsenseIsRetriedThenTheCheckStopsAfterThreeAttempts()
    {
        var (flow, _) = Start();

        await StartCheck(flow)
            .Send("blue banana").AssertReply("en:check-retry").AssertReply("en:q-what")
            .Send("purple").AssertReply("en:check-retry").AssertReply("en:q-what")
            .Send("green").AssertReply("en:check-too-many-attempts").AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task ContentChangeKeepsACheckWhoseStepStillExists()
    {
        var (flow, content) = Start();

        await StartCheck(flow)
            .Send("news")
            .AssertReply("en:q-secret")
            .RunAsync();
        content.Swap(TestContent.Build(c => c with { Title = TestContent.T("new-title") }));
        await flow.Send("no").AssertReply(r => Assert.IsType<VerdictCard>(r.Card)).RunAsync();
    }

    [Fact]
    public async Task ContentChangeThatRemovesTheCurrentStepRestartsTheCheckWithOneSentence()
    {
        var (flow, content) = Start();

        await StartCheck(flow).Send("news").AssertReply("en:q-secret").RunAsync();
        content.Swap(TestContent.Build(c => c with
        {
            Steps = [c.Steps[0] with { Choices = [.. c.Steps[0].Choices.Select(x => x with { Next = null })] }],
        }));

        await flow
            .Send("no")
            .AssertReply("en:check-restarted")
            .AssertReply(r => Assert.Equal("en:q-what", r.Text))
            .Send("news")
            .AssertReply(r => Assert.IsType<VerdictCard>(r.Card))
            .RunAsync();
    }

    [Fact]
    public async Task ContentChangeThatRenamesTheCurrentStepRestartsTheCheckWithOneSentence()
    {
        var (flow, content) = Start();

        await StartCheck(flow).Send("news").AssertReply("en:q-secret").RunAsync();
        content.Swap(TestContent.Build(c => c with
        {
            Steps = [c.Steps[0] with { Choices = [.. c.Steps[0].Choices.Select(x => x with { Next = x.Next is null ? null : "secret-renamed" })] }, c.Steps[1] with { Id = "secret-renamed" }],
        }));

        await flow
            .Send("no")
            .AssertReply("en:check-restarted")
            .AssertReply(r => Assert.Equal("en:q-what", r.Text))
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task ContentChangeThatRemovesTheCheckSaysSoAndAnswersTheQuestion()
    {
        var (flow, content) = Start();

        await StartCheck(flow).Send("news").AssertReply("en:q-secret").RunAsync();
        content.Swap(WithoutTheCheck());

        await flow
            .Send("is my audience relevant here?")
            .AssertReply("en:check-gone")
            .AssertReply(r => Assert.Equal("audiences", r.Card<AnswerCard>().TopicId))
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task ContentChangeThatRemovesTheCheckSaysSoAndOffersTheMenuForAnAnswer()
    {
        var (flow, content) = Start("nl-NL");

        await flow.Submit(Commands.Check).AssertReply("nl:check-intro").AssertReply("nl:q-what").Send("nieuws").AssertReply("nl:q-secret").RunAsync();
        content.Swap(WithoutTheCheck());

        await flow
            .Send("nee")
            .AssertReply(r => { Assert.Equal("nl:check-gone", r.Text); r.OffersChoice(Commands.Topics); })
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    [Fact]
    public async Task ContentChangeThatRenamesTheCheckSaysSoWhenAnOldButtonIsPressed()
    {
        var (flow, content) = Start();

        await StartCheck(flow).Submit("news").AssertReply("en:q-secret").RunAsync();
        content.Swap(TestContent.Build(c => c with { Id = "may-i-post" }) with { Topics = [.. TestContent.Build().Topics.Skip(1)] });

        await flow
            .Submit("no")
            .AssertReply(r => { Assert.Equal("en:check-gone", r.Text); r.OffersChoice(Commands.Check); })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task ContentChangeThatRemovesTheCheckSaysSoOnStartOverAndOnItsButton()
    {
        var (flow, content) = Start();

        await StartCheck(flow).RunAsync();
        content.Swap(WithoutTheCheck());

        await flow
            .Send("start over")
            .AssertReply(r => { Assert.Equal("en:check-gone", r.Text); r.OffersChoice(Commands.Topics); })
            .AssertNoMoreReplies()
            .Submit(Commands.Check)
            .AssertReply(r => { Assert.Equal("en:check-gone", r.Text); r.OffersChoice(Commands.Topics); })
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    /// <summary>The test content without the "may-i-share" check (and the topic that starts it, as the validator requires).</summary>
    private static PolicyContent WithoutTheCheck()
    {
        var content = TestContent.Build();
        return content with { Checks = [.. content.Checks.Where(c => c.Id != "may-i-share")], Topics = [.. content.Topics.Where(t => t.StartsCheck is null)] };
    }

    [Fact]
    public async Task DutchLocaleGetsTheDutchCheck()
    {
        var (flow, _) = Start("nl-NL");

        await flow.Submit(Commands.Check)
            .AssertReply("nl:check-intro")
            .AssertReply(r => Assert.Equal(["Nieuws", "Een foto", "Klacht"], r.Choices.Select(c => c.Title)))
            .Send("plaatje")
            .AssertReply("nl:q-secret")
            .RunAsync();
    }
}
