using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Dialogs;

/// <summary>Walks every path of the bundled "may I share this?" check, in both languages, by button and by typing.</summary>
public class BundledCheckPathTests
{
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;
    private static readonly GuidedCheck Check = Content.Check(GuidedCheckDialog.DefaultCheck)!;

    public static TheoryData<string, bool> Languages => new() { { "nl-NL", true }, { "nl-NL", false }, { "en-US", true }, { "en-US", false } };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryPathEndsInTheVerdictOfItsMostSeriousFinding(string locale, bool pressButtons)
    {
        var language = LanguageExtensions.FromLocale(locale)!.Value;
        var paths = Paths(Check.Start, []).ToList();
        Assert.True(paths.Count > 10, $"expected a branching check, got {paths.Count} paths");

        foreach (var path in paths)
        {
            var flow = new DialogTestFlow(new PolicyBotEngine(new SwappableContent(Content)), locale)
                .Submit(Commands.Check)
                .AssertReply(Content.Message(MessageIds.CheckIntro)[language].Trim());
            foreach (var (step, choice) in path)
            {
                flow.AssertReply(r => { Assert.Equal(step.Question[language], r.Text); r.OffersChoice(choice.Id); });
                if (pressButtons) flow.Submit(choice.Id);
                else flow.Send(choice.Label[language].ToUpperInvariant());
            }
            var expected = ExpectedVerdict(path.Select(p => p.Choice));
            await flow
                .AssertReply(r =>
                {
                    var card = r.Card<VerdictCard>();
                    Assert.Equal(expected, card.Kind);
                    Assert.Equal(Check.Verdicts[expected].Title[language], card.Title);
                    Assert.Equal(path.Count(p => p.Choice.Finding is not null), card.Reasons.Count);
                    Assert.Equal(Check.Tips.Count, card.Tips.Count);
                })
                .AssertNoMoreReplies()
                .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
                .RunAsync();
        }
    }

    private static IEnumerable<List<(CheckStep Step, CheckChoice Choice)>> Paths(string stepId, List<(CheckStep, CheckChoice)> prefix)
    {
        var step = Check.Step(stepId)!;
        foreach (var choice in step.Choices)
        {
            var path = new List<(CheckStep, CheckChoice)>(prefix) { (step, choice) };
            if (choice.Next is null) yield return path;
            else foreach (var longer in Paths(choice.Next, path)) yield return longer;
        }
    }

    private static VerdictKind ExpectedVerdict(IEnumerable<CheckChoice> choices)
    {
        VerdictKind[] order = [VerdictKind.GoAhead, VerdictKind.GoAheadWithCare, VerdictKind.AskOwner, VerdictKind.DontShare];
        return choices.Select(c => c.Finding?.Verdict ?? VerdictKind.GoAhead).MaxBy(v => Array.IndexOf(order, v));
    }
}
