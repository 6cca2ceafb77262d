using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.Publishing;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;
using static PolicyBot.Tests.Publishing.PublishingSetup;

namespace PolicyBot.Tests.Editor;

/// <summary>
/// The editor's calls on a real bot (Kestrel on 127.0.0.1, SQLite in a temp folder) in Development, where it needs no
/// sign-in: drafts validated as check does, try it, diff, publish through the store, rollback, usage beside the topic.
/// </summary>
public sealed class EditorApiTests : IDisposable
{
    private const string Topic = "confidential-information";
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("policybot-editor-");
    private readonly ContentFolder _content = ContentFolder.WithValidContent();

    private static JsonObject Edit(string path, string value) => new() { ["file"] = "topics.yaml", ["path"] = path, ["value"] = value };

    private static JsonObject EnglishAnswer(string value) => Edit("/topics/0/answer/en", value);

    [Fact]
    public async Task OutsideDevelopmentWithoutSignInThereIsNoEditor()
    {
        await using var bot = await BotHost.StartAsync(null, null, $"Content:Path={_content.Path}");

        using var page = await bot.Client.GetAsync("/editor/");
        using var api = await bot.Client.GetAsync("/editor/api/topics");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task ADraftWithoutItsEnglishTextShowsTheErrorBesideThatFieldAndIsNotPublished()
    {
        await using var bot = await StartAsync();

        var draft = await PostAsync(bot, "draft", new JsonObject { ["topic"] = Topic, ["edits"] = new JsonArray(EnglishAnswer("")) });
        using var publish = await bot.Client.PostAsJsonAsync("/editor/api/publish", new JsonObject { ["message"] = "oops", ["edits"] = new JsonArray(EnglishAnswer("")) });
        var refusal = JsonNode.Parse(await publish.Content.ReadAsStringAsync())!;

        Assert.False((bool)draft["valid"]!);
        var english = draft["sections"]![0]!["fields"]!.AsArray().Single(f => (string?)f!["path"] == "/topics/0/answer/en")!;
        Assert.Contains("empty 'en' text", (string?)english["errors"]![0], StringComparison.Ordinal);
        Assert.Empty(draft["cards"]!.AsObject());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, publish.StatusCode);
        Assert.Equal("errors", (string?)refusal["refused"]);
        Assert.Equal([1], (await bot.Services.GetRequiredService<IContentVersionStore>().ListAsync(default)).Select(v => v.Number));
    }

    [Fact]
    public async Task AValidDraftShowsBothCardsAndPublishesAsTheNextVersionThatTheBotAnswersWith()
    {
        await using var bot = await StartAsync();
        var edits = new JsonArray(EnglishAnswer("Keep **turnover numbers** to yourself."));

        var draft = await PostAsync(bot, "draft", new JsonObject { ["topic"] = Topic, ["edits"] = edits.DeepClone() });
        var diff = await (await bot.Client.PostAsJsonAsync("/editor/api/diff", new JsonObject { ["message"] = "", ["edits"] = edits.DeepClone() })).Content.ReadAsStringAsync();
        var published = await PostAsync(bot, "publish", new JsonObject { ["message"] = "Plainer words", ["edits"] = edits.DeepClone() });
        var took = await UntilAnswerAsync(bot, "share revenue", NewAnswer, TimeSpan.FromSeconds(5));

        Assert.True((bool)draft["valid"]!);
        Assert.Contains("turnover numbers", draft["cards"]!["en"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("omzetcijfers", draft["cards"]!["nl"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\+ +Keep \*\*turnover numbers\*\* to yourself\.$", diff);
        Assert.Equal(2, (int)published["version"]!);
        Assert.True(took < TimeSpan.FromSeconds(5));
        var versions = await bot.Services.GetRequiredService<IContentVersionStore>().ListAsync(default);
        Assert.Equal("development", versions[^1].Author);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("[720]", StringComparison.Ordinal) && l.Contains("development", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(NewAnswer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryItAsksTheRecognizerBuiltFromTheDraftsPhrases()
    {
        await using var bot = await StartAsync();
        var phrases = new JsonObject { ["file"] = "topics.yaml", ["path"] = "/topics/0/triggers/en", ["items"] = new JsonArray("share revenue", "quarterly bonus gossip") };

        var before = await PostAsync(bot, "try", new JsonObject { ["question"] = "quarterly bonus gossip", ["edits"] = new JsonArray() });
        var after = await PostAsync(bot, "try", new JsonObject { ["question"] = "quarterly bonus gossip", ["edits"] = new JsonArray(phrases) });

        Assert.NotEqual(Topic, (string?)before["topic"]);
        Assert.Equal(Topic, (string?)after["topic"]);
    }

    [Fact]
    public async Task RollbackFromTheEditorPublishesTheEarlierFilesAgain()
    {
        await using var bot = await StartAsync();
        await PostAsync(bot, "publish", new JsonObject { ["message"] = "Plainer words", ["edits"] = new JsonArray(EnglishAnswer("Keep **turnover numbers** to yourself.")) });
        await UntilAnswerAsync(bot, "share revenue", NewAnswer, TimeSpan.FromSeconds(5));

        var rolledBack = await PostAsync(bot, "rollback", new JsonObject { ["version"] = 1, ["message"] = "Back" });
        await UntilAnswerAsync(bot, "share revenue", OldAnswer, TimeSpan.FromSeconds(5));
        var history = await bot.Client.GetFromJsonAsync<JsonObject>("/editor/api/versions");

        Assert.Equal(3, (int)rolledBack["version"]!);
        Assert.Equal("rollback", (string?)history!["versions"]![0]!["kind"]);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("[721]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UsageBesideTheTopicIsCountsAndTheQuestionTextsOnlyWhenCollected(bool collect)
    {
        await using var bot = await StartAsync($"Insights:CollectUnmatchedQuestions={collect}");
        var week = UsageRecord.WeekOf(DateTimeOffset.UtcNow);
        await bot.Services.GetRequiredService<IUsageStore>().AddAsync(
        [
            new(week, "topic", "en") { TopicId = Topic },
            new(week, "topic", "nl") { TopicId = Topic },
            new(week, "not-helped", "en") { TopicId = Topic },
            new(week, "suggested", "en") { TopicId = Topic },
            new(week, "topic", "en") { TopicId = "may-i-share-this" },
            new(week, "unmatched", "en") { Question = collect ? "can I post the canteen menu" : null },
        ], default);

        var usage = await bot.Client.GetFromJsonAsync<JsonObject>($"/editor/api/insights/{Topic}");

        Assert.Equal((2, 1, 1, 1), ((int)usage!["answered"]!, (int)usage["notHelped"]!, (int)usage["suggested"]!, (int)usage["unmatched"]!));
        Assert.Equal(collect, usage.ContainsKey("unmatchedQuestions"));
        if (collect) Assert.Equal("can I post the canteen menu", (string?)usage["unmatchedQuestions"]![0]!["text"]);
    }

    private Task<BotHost> StartAsync(params string[] settings) => BotHost.StartAsync(null, null,
    [
        "environment=Development", "Storage:Provider=sqlite", $"Storage:SqlitePath={Path.Combine(_state.FullName, "state.db")}", $"Content:Path={_content.Path}", .. settings,
    ]);

    private static async Task<JsonObject> PostAsync(BotHost bot, string call, JsonObject body)
    {
        using var response = await bot.Client.PostAsJsonAsync("/editor/api/" + call, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{call}: HTTP {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public void Dispose()
    {
        _content.Dispose();
        _state.Delete(recursive: true);
    }
}
