using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Insights;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Tools;

public sealed class InsightsTests
{
    [Fact]
    public async Task TurnsAreCountedByTopicUnmatchedAndHandoffWithoutUserText()
    {
        await using var host = await BotHost.StartAsync(null);

        await SayAsync(host, "can I share our revenue figures?");
        await SayAsync(host, "how do I book a meeting room for tomorrow");
        await SayAsync(host, "talk to someone");
        var records = await host.Services.GetRequiredService<IUsageStore>().ListAsync("0000", CancellationToken.None);

        Assert.Contains(records, r => r is { Kind: "topic", TopicId: "confidential-information", Language: "en" });
        var unmatched = Assert.Single(records, r => r.Kind == "unmatched");
        Assert.Null(unmatched.Question);
        Assert.All(records, r => Assert.Matches(@"^\d{4}-W\d\d$", r.Week));
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

        Assert.Contains("2026-W46: 1 topic answers, 0 unmatched questions, 0 hand-offs", report);
        Assert.Contains("2026-W47: 3 topic answers, 1 unmatched questions, 1 hand-offs", report);
        Assert.Contains("topics: may-i-share 2, mistake-made 1", report);
        Assert.Contains("hand-offs: marketing 1", report);
        Assert.Contains("unmatched: \"waar is de kantine\"", report);
    }

    private static async Task SayAsync(BotHost host, string text)
    {
        var activity = TestActivities.Message("http://127.0.0.1:9", text, channelId: "emulator").ExpectReplies();
        using var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        _ = JsonNode.Parse(await response.Content.ReadAsStringAsync());
    }
}
