using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Dialogs;

/// <summary>With the bundled content: each topic hands off to the owner who handles it; when unclear, the bot asks.</summary>
public class HandoffRoutingTests
{
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;

    private static DialogTestFlow Flow(string locale = "en-US") => new(new PolicyBotEngine(new SwappableContent(Content)), locale);

    [Theory]
    [InlineData("customer-question", "customer-service")]
    [InlineData("sales-and-press", "marketing")]
    [InlineData("speaking-for-the-company", "marketing")]
    public async Task TopicAnswerOffersItsOwnerAndTheHandoffGoesToThem(string topic, string owner)
    {
        var button = Commands.Owner(new HandoffContext(owner) { TopicId = topic });

        await Flow()
            .Submit(Commands.Topic(topic))
            .AssertReply(r => r.OffersChoice(button))
            .Submit(button)
            .AssertReply(r => Assert.Contains(Content.Owner(owner)!.Name.En, r.Text))
            .RunAsync();
    }

    [Fact]
    public void OwnersHandleWhatTheirTopicsAreAbout()
    {
        Assert.Contains("press", Content.Owner("marketing")!.Handles.En);
        Assert.Contains("partnerships", Content.Owner("marketing")!.Handles.En);
        Assert.Contains("official statements", Content.Owner("marketing")!.Handles.En);
        Assert.Contains("complaints", Content.Owner("customer-service")!.Handles.En);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("nl-NL")]
    public async Task WhenItIsUnclearWhichOwnerFitsTheBotAsksWithTheOwnersButtons(string locale)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;

        await Flow(locale)
            .Submit(Commands.Contact)
            .AssertReply(r =>
            {
                Assert.Equal(Content.Message(MessageIds.HandoffChooseOwner)[language].Trim(), r.Text.Trim());
                r.HasChoices("marketing", "customer-service", "hr");
                Assert.True(r.ExpectingInput);
            })
            .AssertNoMoreReplies()
            .RunAsync();
    }

    [Fact]
    public async Task HandoffFromTheCheckVerdictCarriesTheAnswersToTheTicket()
    {
        var check = Content.Check(GuidedCheckDialog.DefaultCheck)!;
        var (step, choice) = check.Steps.SelectMany(s => s.Choices.Select(c => (s, c)))
            .First(p => p.c.Next is null && p.c.Finding is { Verdict: VerdictKind.AskOwner, Owner: not null });
        var path = PathTo(check, step.Id);
        var flow = Flow().Submit(Commands.Check).SkipReplies();
        foreach (var (s, c) in path) flow.Submit(c).SkipReplies();
        HandoffRequest? request = null;
        ButtonAction? ownerButton = null;

        await flow.Submit(choice.Id).AssertReply(r => ownerButton = r.Choices.First(c => c.Action is AskOwner).Action).RunAsync();
        await flow.Submit(ownerButton!).SkipReplies().Send("A customer asks about delivery times").SkipReplies()
            .Submit("yes").AssertReply(r => Assert.IsType<HandoffCard>(r.Card))
            .AssertEffect<HandoffRequest>(r => request = r)
            .RunAsync();

        Assert.Equal(choice.Finding!.Owner, request!.OwnerId);
        Assert.Equal(check.Id, request.CheckId);
        Assert.Equal("A customer asks about delivery times", request.Question);
        Assert.Equal(path.Count + 1, request.Answers.Count);
        Assert.Equal(new TicketAnswer(step.Question.En, choice.Label.En), request.Answers[^1]);
    }

    /// <summary>Choices that lead from the start of the check to <paramref name="target"/>.</summary>
    private static List<(string Step, string Choice)> PathTo(GuidedCheck check, string target)
    {
        var queue = new Queue<(string Step, List<(string, string)> Path)>([(check.Start, [])]);
        while (queue.TryDequeue(out var item))
        {
            if (item.Step == target) return item.Path;
            foreach (var c in check.Step(item.Step)!.Choices.Where(c => c.Next is not null))
                queue.Enqueue((c.Next!, [.. item.Path, (item.Step, c.Id)]));
        }
        throw new InvalidOperationException($"step {target} is unreachable");
    }
}
