using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// Walks every path of every bundled check (the "may I share this?" check, the what-if scenarios, the mistake
/// triage), in both languages, by button and by typing.
/// </summary>
public class BundledCheckPathTests
{
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;
    public static TheoryData<string, string, bool> ChecksAndLanguages()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var check in Content.Checks)
            foreach (var locale in new[] { "nl-NL", "en-US" })
                foreach (var pressButtons in new[] { true, false })
                    data.Add(check.Id, locale, pressButtons);
        return data;
    }

    [Fact]
    public void BundledContentHasTheMainCheckTheScenariosAndTheTriage()
    {
        Assert.True(Content.Check(GuidedCheckDialog.DefaultCheck)!.Steps.Count >= 4);
        Assert.True(Content.Checks.Count(c => c.Outcomes.Count > 0) >= 4, "expected three what-if scenarios and the mistake triage");
    }

    [Theory]
    [MemberData(nameof(ChecksAndLanguages))]
    public async Task EveryPathEndsInItsOutcomeOrTheVerdictOfItsMostSeriousFinding(string checkId, string locale, bool pressButtons)
    {
        var check = Content.Check(checkId)!;
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var paths = Paths(check, check.Start, []).ToList();
        Assert.True(paths.Count >= 2, $"expected a branching check, got {paths.Count} paths");

        foreach (var path in paths)
        {
            var flow = new DialogTestFlow(new PolicyBotEngine(new SwappableContent(Content)), locale)
                .Submit(Commands.StartCheck(check.Id))
                .AssertReply((check.Intro ?? Content.Message(MessageIds.CheckIntro))[language].Trim());
            foreach (var (step, choice) in path)
            {
                flow.AssertReply(r => { Assert.Equal(step.Question[language], r.Text); r.OffersChoice(choice.Id); });
                if (pressButtons) flow.Submit(choice.Id);
                else flow.Send(choice.Label[language].ToUpperInvariant());
            }
            var last = path[^1].Choice;
            await flow
                .AssertReply(r =>
                {
                    if (last.Outcome is { } outcomeId)
                    {
                        var outcome = check.Outcome(outcomeId)!;
                        Assert.Equal(outcome.Title[language], r.Card<AnswerCard>().Title);
                        Assert.Equal(outcome.Topics.Count + (outcome.Owner is null ? 0 : 1), r.Choices.Count);
                        return;
                    }
                    var expected = ExpectedVerdict(path.Select(p => p.Choice));
                    var card = r.Card<VerdictCard>();
                    Assert.Equal(expected, card.Kind);
                    Assert.Equal(check.Verdicts[expected].Title[language], card.Title);
                    var stops = expected is VerdictKind.DontShare or VerdictKind.AskOwner;
                    Assert.Equal(path.Count(p => p.Choice.Finding is { } f && (!stops || f.Verdict is VerdictKind.DontShare or VerdictKind.AskOwner)), card.Reasons.Count);
                    Assert.Equal(check.Tips.Count(t => t.Fits(expected)), card.Tips.Count);
                })
                .AssertNoMoreReplies()
                .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
                .RunAsync();
        }
    }

    private static IEnumerable<List<(CheckStep Step, CheckChoice Choice)>> Paths(GuidedCheck check, string stepId, List<(CheckStep, CheckChoice)> prefix)
    {
        var step = check.Step(stepId)!;
        foreach (var choice in step.Choices)
        {
            var path = new List<(CheckStep, CheckChoice)>(prefix) { (step, choice) };
            if (choice.Next is null) yield return path;
            else foreach (var longer in Paths(check, choice.Next, path)) yield return longer;
        }
    }

    private static VerdictKind ExpectedVerdict(IEnumerable<CheckChoice> choices)
    {
        VerdictKind[] order = [VerdictKind.GoAhead, VerdictKind.GoAheadWithCare, VerdictKind.AskOwner, VerdictKind.DontShare];
        return choices.Select(c => c.Finding?.Verdict ?? VerdictKind.GoAhead).MaxBy(v => Array.IndexOf(order, v));
    }
}
