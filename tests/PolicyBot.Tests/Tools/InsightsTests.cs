using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Commands;
using PolicyBot.Bot.Insights;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Tools;

public sealed class InsightsTests
{
    // A word found nowhere in the content or the code, so a record holding it kept the employee's text.
    private const string HandoffQuestion = "Can I post that Wombatcorp is buying us?";

    [Fact]
    public async Task TurnsAreCountedByTopicUnmatchedAndHandoffWithoutUserText()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null);
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:insights");

        await chat.SayAsync("can I share our revenue figures?");
        await chat.SayAsync("how do I book a meeting room for tomorrow");
        await chat.PressAsync(await HandoffScenario.OwnerButtonAsync(chat, "sales-and-press", "marketing"));
        var confirmation = await chat.SayAsync(HandoffQuestion);
        await chat.PressAsync("yes");
        var records = await host.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

        Assert.Contains(HandoffQuestion, confirmation.Messages().Last().AllText());
        Assert.Contains(records, r => r is { Kind: "topic", TopicId: "confidential-information", Language: "en" });
        var unmatched = Assert.Single(records, r => r.Kind == "unmatched");
        Assert.Null(unmatched.Question);
        var handoff = Assert.Single(records, r => r.Kind == "handoff");
        Assert.Equal(("marketing", "sales-and-press", "en", (string?)null), (handoff.HandoffOwner, handoff.TopicId, handoff.Language, handoff.Question));
        Assert.DoesNotContain(records, r => r.ToString().Contains("Wombatcorp", StringComparison.Ordinal));
        Assert.All(records, r => Assert.Matches(@"^\d{4}-W\d\d$", r.Week));
    }

    [Fact]
    public async Task FeedbackOnAnAnswerIsCountedPerTopicWithoutAnyText()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null, settings: "Insights:CollectUnmatchedQuestions=true");
        // Not Teams: there Teams' own feedback buttons replace the card's (TeamsFeedbackTests).
        var chat = new ChatSession(host, connector, "webchat", "en-US", "a:feedback");

        var answer = await chat.SayAsync("can I share our revenue figures?");
        Assert.Contains(Commands.Helped("confidential-information"), answer.Messages().Last().SubmitActions());
        await chat.PressAsync(Commands.Helped("confidential-information"));
        var sorry = await chat.PressAsync(Commands.NotHelped("confidential-information"));
        var records = await host.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

        Assert.Contains(sorry.Messages().Last().SubmitActions(), a => a is AskOwner);
        var helped = Assert.Single(records, r => r.Kind == "helped");
        var notHelped = Assert.Single(records, r => r.Kind == "not-helped");
        Assert.Equal(("confidential-information", (string?)null), (helped.TopicId, helped.Question));
        Assert.Equal(("confidential-information", (string?)null), (notHelped.TopicId, notHelped.Question));
    }

    [Fact]
    public async Task UnmatchedQuestionsAreKeptOnlyWhenAnOperatorTurnsThatOn()
    {
        await using var host = await BotHost.StartAsync(null, settings: "Insights:CollectUnmatchedQuestions=true");

        await SayAsync(host, "how do I book a meeting room for tomorrow");
        var records = await host.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

        Assert.Equal("how do I book a meeting room for tomorrow", Assert.Single(records, r => r.Kind == "unmatched").Question);
    }

    [Fact]
    public async Task SqliteStoreKeepsUsageEventsPerWeek()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policybot-usage-{Guid.NewGuid():N}.db");
        var store = new SqliteUsageStore(path);

        await store.AddAsync([new UsageRecord("2026-W46", "topic", "nl") { TopicId = "may-i-share" }, new UsageRecord("2026-W47", "handoff", "en") { HandoffOwner = "marketing" }], CancellationToken.None);
        var fromW47 = await store.ListAsync("2026-W47", CancellationToken.None);

        var only = Assert.Single(fromW47);
        Assert.Equal(("handoff", "marketing", (string?)null), (only.Kind, only.HandoffOwner, only.TopicId));
    }

    [Fact]
    public void ReportShowsTopicsGapsAndHandoffsPerWeek()
    {
        UsageRecord[] records =
        [
            new("2026-W46", "topic", "nl") { TopicId = "may-i-share" },
            new("2026-W47", "topic", "en") { TopicId = "may-i-share" },
            new("2026-W47", "topic", "en") { TopicId = "may-i-share" },
            new("2026-W47", "topic", "nl") { TopicId = "mistake-made" },
            new("2026-W47", "unmatched", "nl") { Question = "waar is de kantine" },
            new("2026-W47", "handoff", "en") { HandoffOwner = "marketing", TopicId = "sales-and-press" },
        ];

        var report = InsightsReport.Build(records, InsightsReport.LastWeeks(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero), 2));

        Assert.Contains("2026-W46: 1 topic answers, 0 topics suggested, 0 suggestions picked, 0 unmatched questions, 0 hand-offs", report);
        Assert.Contains("2026-W47: 3 topic answers, 0 topics suggested, 0 suggestions picked, 1 unmatched questions, 1 hand-offs", report);
        Assert.Matches(@"may-i-share\s+2\s+0\s+0\s+0\s+0", report);
        Assert.Matches(@"mistake-made\s+1\s+0\s+0\s+0\s+0", report);
        Assert.Contains("hand-offs: marketing 1", report);
        // Texts only in the review, never in the report.
        Assert.DoesNotContain("kantine", report);
    }

    [Fact]
    public void ReportCountsSuggestionsPicksAndFeedbackPerTopic()
    {
        UsageRecord[] records =
        [
            new("2026-W47", "suggested", "nl") { TopicId = "mentioning-others" },
            new("2026-W47", "suggested", "nl") { TopicId = "private-photos-and-image" },
            new("2026-W47", "suggestion-picked", "nl") { TopicId = "mentioning-others" },
            new("2026-W47", "topic", "nl") { TopicId = "mentioning-others" },
            new("2026-W47", "helped", "nl") { TopicId = "mentioning-others" },
            new("2026-W47", "not-helped", "en") { TopicId = "private-photos-and-image" },
            new("2026-W47", "not-helped", "en") { TopicId = "private-photos-and-image" },
        ];

        var report = InsightsReport.Build(records, ["2026-W47"]);

        Assert.Contains("2026-W47: 1 topic answers, 2 topics suggested, 1 suggestions picked, 0 unmatched questions, 0 hand-offs, 1 helped, 2 did not help", report);
        Assert.Matches(@"topic\s+answered\s+suggested\s+picked\s+helped\s+not helped", report);
        Assert.Matches(@"mentioning-others\s+1\s+1\s+1\s+1\s+0", report);
        Assert.Matches(@"private-photos-and-image\s+0\s+1\s+0\s+0\s+2", report);
    }

    [Fact]
    public void ReviewListsPickedSuggestionsWithTheirTopicAndUnmatchedQuestions()
    {
        UsageRecord[] records =
        [
            new("2026-W47", "suggestion-picked", "nl") { TopicId = "mentioning-others", Question = "kiekje van de baas op insta" },
            new("2026-W47", "suggestion-picked", "nl") { TopicId = "mentioning-others" },
            new("2026-W47", "unmatched", "en") { Question = "where is the canteen" },
            new("2026-W47", "unmatched", "en") { Question = "where is the canteen" },
        ];

        var review = InsightsReport.Review(records, ["2026-W47"]);
        var none = InsightsReport.Review([new("2026-W47", "unmatched", "en")], ["2026-W47"]);

        Assert.Contains("mentioning-others <- \"kiekje van de baas op insta\"", review);
        Assert.Contains("[en] \"where is the canteen\" (2x)", review);
        Assert.Contains("none collected", none);
    }

    [Fact]
    public async Task InsightsCommandReportsTheUsageEventsInTheSqliteFileForTheWeeksAskedFor()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-insights-");
        var path = Path.Combine(folder.FullName, "policybot.db");
        var now = DateTimeOffset.UtcNow;
        string thisWeek = UsageRecord.WeekOf(now), lastWeek = UsageRecord.WeekOf(now.AddDays(-7)), fiveWeeksAgo = UsageRecord.WeekOf(now.AddDays(-35));
        await using (var store = new SqliteUsageStore(path))
        {
            await store.AddAsync(
            [
                new(thisWeek, "topic", "en") { TopicId = "confidential-information" },
                new(thisWeek, "topic", "nl") { TopicId = "confidential-information" },
                new(thisWeek, "handoff", "en") { HandoffOwner = "marketing", TopicId = "sales-and-press" },
                new(lastWeek, "unmatched", "nl"),
                new(fiveWeeksAgo, "topic", "en") { TopicId = "mistake-made" },
            ], CancellationToken.None);
        }

        var (twoWeeks, twoWeeksExit, twoWeeksError) = await RunInsightsAsync("--weeks", "2", $"--Storage:SqlitePath={path}");
        var (eightWeeks, eightWeeksExit, _) = await RunInsightsAsync($"--Storage:SqlitePath={path}");

        Assert.Equal((0, 0, ""), (twoWeeksExit, eightWeeksExit, twoWeeksError));
        Assert.Contains($"Usage of PolicyBot, {lastWeek} to {thisWeek}", twoWeeks);
        Assert.Contains($"{thisWeek}: 2 topic answers, 0 topics suggested, 0 suggestions picked, 0 unmatched questions, 1 hand-offs", twoWeeks);
        Assert.Matches(@"confidential-information\s+2\s", twoWeeks);
        Assert.Contains("hand-offs: marketing 1", twoWeeks);
        Assert.Contains($"{lastWeek}: 0 topic answers, 0 topics suggested, 0 suggestions picked, 1 unmatched questions, 0 hand-offs", twoWeeks);
        Assert.DoesNotContain("mistake-made", twoWeeks);
        Assert.Contains($"{fiveWeeksAgo}: 1 topic answers, 0 topics suggested, 0 suggestions picked, 0 unmatched questions, 0 hand-offs", eightWeeks);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Theory]
    [InlineData("--weeks")]
    [InlineData("--weeks", "0")]
    [InlineData("--weeks", "-3")]
    [InlineData("--weeks", "two")]
    [InlineData("--weeks", "521")]
    [InlineData("--weeks", "2147483647")]
    public async Task InsightsCommandRefusesAWeeksArgumentThatIsNotACountOfWeeks(params string[] args)
    {
        var (report, exitCode, error) = await RunInsightsAsync([.. args, "--Storage:Provider=memory"]);

        Assert.Equal(2, exitCode);
        Assert.Contains("--weeks", error, StringComparison.Ordinal);
        Assert.Contains("insights takes: --weeks <N>, --review", error, StringComparison.Ordinal);
        Assert.Equal("", report);
    }

    private static async Task<(string Output, int ExitCode, string Error)> RunInsightsAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await BotCommands.InvokeAsync(["insights", .. args, "--hostBuilder:reloadConfigOnChange=false"], output, error);
        return (output.ToString(), exitCode, error.ToString());
    }

    private static async Task SayAsync(BotHost host, string text)
    {
        var activity = TestActivities.Message("http://127.0.0.1:9", text, channelId: "emulator").ExpectReplies();
        using var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        _ = JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }
}
