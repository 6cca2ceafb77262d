using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Understanding;

/// <summary>
/// The recognizer on the bundled content and the labelled sets in tests/PolicyBot.Tests/Evaluation: floors that keep
/// a change from quietly making it worse. The blind set is a floor only: nobody tunes on it (README, "How well it
/// understands questions"), so a change that drops it below the floor is a worse recognizer, not a reason to tune.
/// </summary>
public class BundledContentEvaluationTests
{
    /// <summary>The bundled content, its recognizer and the sets, loaded once for the class.</summary>
    private static readonly Lazy<(PolicyContent Content, TopicRecognizer Recognizer, List<IReadOnlyList<LabelledQuestion>> Development, IReadOnlyList<LabelledQuestion> Blind)> Bundled = new(() =>
    {
        var folder = BundledContentTests.BundledContentFolder();
        var content = ContentLoader.Load(folder).Content ?? throw new InvalidOperationException("The bundled content does not load.");
        return (content, new TopicRecognizer(content), EvaluationSet.DevelopmentFiles.Select(f => EvaluationSet.Load(SetPath(f))).ToList(), EvaluationSet.Load(SetPath(EvaluationSet.BlindFile)));
    });

    private static readonly Lazy<(EvaluationReport Development, EvaluationReport Blind)> Reports = new(() =>
    {
        var (_, recognizer, development, blind) = Bundled.Value;
        return (RecognizerEvaluation.Run(recognizer, development.SelectMany(q => q)), RecognizerEvaluation.Run(recognizer, blind));
    });

    [Fact]
    public void BundledContentMeetsTheInScopeFloors()
    {
        var (development, blind) = Reports.Value;

        // 0.87 until development-8 (188 questions, 75 % top-1) joined the pool.
        Assert.True(development.InScope.Rate >= 0.86, Summary(development, blind));
        Assert.True(blind.InScope.Rate >= 0.92, Summary(development, blind));
        Assert.True(blind.AnsweredOrSuggested.Rate >= 0.94, Summary(development, blind));
        Assert.True(blind.OneClickAway.Rate >= 0.97, Summary(development, blind));
        // Undecided (two-to-four-word fragments of loanwords, "client DM'd me") keeps the conversation's language; taken
        // for the other language, a question would be answered in it.
        Assert.True(development.LanguageDetection.Rate >= 0.985, Summary(development, blind));
        Assert.True(development.LanguageMisses.Count(m => m.Detected is not null) <= 0.002 * development.LanguageDetection.Total, Summary(development, blind));
    }

    [Fact]
    public void BundledContentAnswersFewOutOfScopeQuestions()
    {
        var (development, blind) = Reports.Value;

        // Honest floors, not targets: the issue asks for none at all, which the recognizer does not reach yet (README).
        Assert.True(development.OutOfScope.Rate <= 0.06, Summary(development, blind));
        Assert.True(blind.OutOfScope.Rate <= 0.08, Summary(development, blind));
    }

    [Fact]
    public async Task TypedIntoOneConversationTheSetsKeepTheirFloors()
    {
        // As a tester pastes a list into one chat: a question can land halfway through a check an earlier one started,
        // where it must still be answered or offered, not taken for a wrong answer to the check's question.
        var (content, recognizer, developmentSets, blindSet) = Bundled.Value;
        var blind = await ConversationEvaluation.RunAsync(content, recognizer, blindSet, oneConversation: true);
        var development = await ConversationEvaluation.RunAsync(content, recognizer, developmentSets);

        Assert.True(blind.InScope.Rate >= 0.91, Summary(development, blind));
        Assert.True(blind.AnsweredOrSuggested.Rate >= 0.93, Summary(development, blind));
        // 84.5 % in the eleventh session, 83.9 % after the twelfth's new topic and check answers moved a few questions
        // either way (content combinations retrain the classifier; each file alone kept 84.1 %).
        Assert.True(development.InScope.Rate >= 0.83, Summary(development, blind));
        Assert.True(development.AnsweredOrSuggested.Rate >= 0.87, Summary(development, blind));
    }

    [Theory]
    // About five points of slack on what each scored when it was written (blind-2: 73.4 %, 81.0 %, 6 / 28; blind-3:
    // 71.8 %, 81.3 %, 3 / 65; blind-4: 84.7 %, 88.9 %, 4 / 60; blind-5: 80.6 %, 85.2 %, 4 / 58): a content edit that
    // brushes one is no reason to look at its misses.
    [InlineData("blind-2.yaml", 0.68, 0.76, 0.30)]
    [InlineData("blind-3.yaml", 0.67, 0.76, 0.10)]
    [InlineData("blind-4.yaml", 0.80, 0.84, 0.12)]
    [InlineData("blind-5.yaml", 0.76, 0.81, 0.12)]
    public void TheFreshBlindSetsKeepTheirFloors(string file, double topOne, double answeredOrSuggested, double unrelatedAnswered)
    {
        // Fresh questions in a company's own words (README): far below the first blind set, and the honest figure for
        // questions the bot has never met. Floors against getting worse; the misses stay unread here too.
        Assert.Contains(file, EvaluationSet.FreshBlindFiles);
        var (_, recognizer, _, _) = Bundled.Value;
        var report = RecognizerEvaluation.Run(recognizer, EvaluationSet.Load(SetPath(file)));

        Assert.True(report.InScope.Rate >= topOne, report.Summary);
        Assert.True(report.AnsweredOrSuggested.Rate >= answeredOrSuggested, report.Summary);
        Assert.True(report.OutOfScope.Rate <= unrelatedAnswered, report.Summary);
    }

    /// <summary>An evaluation set of <c>tests/PolicyBot.Tests/Evaluation</c>, by file name.</summary>
    internal static string SetPath(string file) =>
        Path.Combine(BundledContentTests.BundledContentFolder(), "..", "..", "tests", "PolicyBot.Tests", "Evaluation", file);

    // The blind set's misses are left out on purpose: reading them is how a set gets tuned on.
    private static string Summary(EvaluationReport development, EvaluationReport blind) =>
        $"blind {blind.Summary}\ndevelopment {development.Summary}\n{development}";
}
