using PolicyBot.Dialogs;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Content;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicyBot.Tests.Dialogs;

/// <summary>
/// The situation table (<c>tests/situations/may-i-share.yaml</c>): realistic posts walked through the real
/// "May I share this?" check with the real recognizer, by buttons and by typed answers, each ending in the verdict a
/// comms officer signs, with reasons and tips that fit that verdict.
/// </summary>
public class SituationTableTests
{
    private static readonly GuidedCheck Check = BundledContentProvider.Bundled.Check(GuidedCheckDialog.DefaultCheck)!;

    private static readonly Dictionary<string, VerdictKind> Kinds = new()
    {
        ["go-ahead"] = VerdictKind.GoAhead,
        ["go-ahead-with-care"] = VerdictKind.GoAheadWithCare,
        ["dont-share"] = VerdictKind.DontShare,
        ["ask-owner"] = VerdictKind.AskOwner,
    };

    public static TheoryData<string, bool> Situations()
    {
        var data = new TheoryData<string, bool>();
        foreach (var situation in Table())
            foreach (var pressButtons in new[] { true, false })
                data.Add(situation.Description, pressButtons);
        return data;
    }

    [Fact]
    public void TableHasAtLeastFortySituationsInBothLanguagesCoveringEveryVerdict()
    {
        var table = Table();

        Assert.True(table.Count >= 40, $"expected at least 40 situations, got {table.Count}");
        Assert.Equal(["en-US", "nl-NL"], table.Select(s => s.Locale).Distinct().Order());
        Assert.Equal(ContentKeys.VerdictKinds.Order(), table.Select(s => s.Verdict).Distinct().Order());
        Assert.All(table, s => Assert.Equal(s.Answers.Count, s.Typed.Count));
        Assert.Equal(table.Count, table.Select(s => s.Description).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Situations))]
    public async Task SituationGetsTheVerdictACommsOfficerSigns(string description, bool pressButtons)
    {
        var situation = Table().Single(s => s.Description == description);
        var language = LanguageExtensions.FromLocale(situation.Locale)!.Value;
        var flow = new DialogTestFlow(new PolicyBotEngine(new BundledContentProvider()), situation.Locale)
            .Submit(Commands.StartCheck(Check.Id))
            .AssertReply(BundledContentProvider.Bundled.Message(MessageIds.CheckIntro)[language].Trim());
        for (var i = 0; i < situation.Answers.Count; i++)
        {
            var answer = situation.Answers[i];
            flow.AssertReply(r => r.OffersChoice(answer));
            if (pressButtons) flow.Submit(answer);
            else flow.Send(situation.Typed[i]);
        }

        await flow
            .AssertReply(r =>
            {
                var card = r.Card<VerdictCard>();
                Assert.Equal(Kinds[situation.Verdict], card.Kind);
                AssertReasonsAndTipsFit(card, language);
                if (situation.Owner is { } owner)
                    Assert.Contains(r.Choices, c => c.Action is AskOwner o && o.OwnerId == owner);
            })
            .AssertNoMoreReplies()
            .AssertState(s => Assert.Empty(s.Dialogs.DialogStack))
            .RunAsync();
    }

    /// <summary>A verdict that stops the post names only what stops it and gives no posting tips; every reason names its principle.</summary>
    private static void AssertReasonsAndTipsFit(VerdictCard card, Language language)
    {
        var findings = Check.Steps.SelectMany(s => s.Choices).Select(c => c.Finding).OfType<CheckFinding>().ToList();
        if (card.Kind != VerdictKind.GoAhead) Assert.NotEmpty(card.Reasons);
        foreach (var reason in card.Reasons)
        {
            var finding = findings.First(f => f.Reason[language] == reason.Text);
            Assert.NotNull(reason.TopicTitle);
            if (card.Kind is VerdictKind.DontShare or VerdictKind.AskOwner)
                Assert.True(finding.Verdict is VerdictKind.DontShare or VerdictKind.AskOwner, $"'{reason.Text}' does not fit a {card.Kind} verdict");
        }
        if (card.Kind is VerdictKind.DontShare or VerdictKind.AskOwner) Assert.Empty(card.Tips);
        else Assert.NotEmpty(card.Tips);
    }

    private static List<Situation> Table()
    {
        var path = Path.Combine(Path.GetDirectoryName(BundledContentTests.BundledContentFolder())!, "..", "tests", "situations", "may-i-share.yaml");
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        return deserializer.Deserialize<SituationFile>(File.ReadAllText(path)).Situations;
    }

    private sealed class SituationFile
    {
        public List<Situation> Situations { get; set; } = [];
    }

    private sealed class Situation
    {
        [YamlMember(Alias = "situation")]
        public string Description { get; set; } = "";

        public string Locale { get; set; } = "en-US";

        public List<string> Answers { get; set; } = [];

        public List<string> Typed { get; set; } = [];

        public string Verdict { get; set; } = "";

        public string? Owner { get; set; }

    }
}
