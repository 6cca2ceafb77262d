using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// A pasted SAS token or base64 blob in a message (issue 16, High): typo correction and compound splitting grew with
/// a word's length, so one 20,000-letter word took the bot to 24 GiB. The built bot, as a child process, answers such
/// messages like any other and its peak memory stays low.
/// </summary>
public sealed class LongWordTests
{
    private const long MaxPeakBytes = 300L * 1024 * 1024;

    [Fact]
    public async Task LongPastedWordsAreAnsweredPolitelyAndCheaply()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-longword-");
        await using var bot = await BotProcess.StartAsync(folder.FullName,
            $"--Storage:SqlitePath={Path.Combine(folder.FullName, "state.db")}", "--Logging:LogLevel:Default=Warning");
        var random = new Random(16);

        // Warm up, so the figures below are the long words' cost, not the first turn's.
        Assert.NotEmpty(await AskAsync(bot, "mag ik een foto van een collega delen?"));
        var oneWord = "mag ik dit delen " + Letters(random, 20_000);
        var manyWords = string.Join(' ', Enumerable.Range(0, 2_050).Select(_ => Letters(random, 99)));
        Assert.True(Encoding.UTF8.GetByteCount(manyWords) >= 200_000);

        foreach (var text in new[] { oneWord, manyWords })
        {
            var watch = Stopwatch.StartNew();
            var replies = await AskAsync(bot, text);
            watch.Stop();
            var said = string.Join(" ", replies.Select(r => r.ToJsonString()));
            Assert.DoesNotContain("went wrong", said, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(replies, r => (string?)r["type"] == "message");
            // Generous against a busy CI machine; before the fix the 20,000-letter word never came back at all.
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{text.Length:N0} characters took {watch.Elapsed.TotalMilliseconds:N0} ms");
        }
        var peak = bot.PeakResidentBytes();
        Assert.True(peak < MaxPeakBytes, $"peak RSS {peak / (1024 * 1024)} MiB");
    }

    [Fact]
    public void TheRecognizerStopsWhenTheTurnsDeadlineHasPassed()
    {
        var recognizer = new TopicRecognizer(ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!);
        using var passed = new CancellationTokenSource();
        passed.Cancel();

        Assert.NotNull(recognizer.Recognize("mag ik een foto van een collega delen?").Topic);
        Assert.Throws<OperationCanceledException>(() => recognizer.Recognize("mag ik een foto van een collega delen?", passed.Token));
    }

    [Fact]
    public void OnlyTheBeginningAndTheEndOfAVeryLongTextAreRead()
    {
        var story = "Ik wil je iets vragen. " + string.Concat(Enumerable.Repeat("Het was een lange dag op kantoor. ", 200)) + "Mag ik een foto van een klant op LinkedIn zetten?";

        var bounded = RecognizerLimits.Bound(story);

        Assert.Equal(RecognizerLimits.MaxTextLength + 1, bounded.Length);
        Assert.StartsWith("Ik wil je iets vragen.", bounded, StringComparison.Ordinal);
        Assert.EndsWith("Mag ik een foto van een klant op LinkedIn zetten?", bounded, StringComparison.Ordinal);
        Assert.Equal(story[..100], RecognizerLimits.Bound(story[..100]));
    }

    private static async Task<List<JsonObject>> AskAsync(BotProcess bot, string text)
    {
        var activity = TestActivities.Message("http://127.0.0.1:1", text, conversationId: "a:long-words").ExpectReplies();
        activity["id"] = Guid.NewGuid().ToString("N");
        using var response = await bot.Client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["activities"]!.AsArray().Select(a => a!.AsObject()).ToList();
    }

    private static string Letters(Random random, int count) =>
        string.Create(count, random, (span, r) => { for (var i = 0; i < span.Length; i++) span[i] = (char)('a' + r.Next(26)); });
}
