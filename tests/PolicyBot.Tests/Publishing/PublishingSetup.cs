using System.Net;
using PolicyBot.Bot.Commands;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Publishing;

/// <summary>What the publishing tests share: content folders with one answer changed, the content verbs in-process, a question to a bot.</summary>
internal static class PublishingSetup
{
    public const string OldAnswer = "revenue figures";
    public const string NewAnswer = "turnover numbers";

    /// <summary>The sample content with the English answer of confidential-information saying <see cref="NewAnswer"/>.</summary>
    public static ContentFolder Changed() => ContentFolder.WithValidContent().Write("topics.yaml", SampleContent.Topics.Replace(OldAnswer, NewAnswer, StringComparison.Ordinal));

    /// <summary>The sample content with the changed answer and no English answer at all: the bot refuses it.</summary>
    public static ContentFolder Broken() => ContentFolder.WithValidContent().Write("topics.yaml", SampleContent.Topics
        .Replace("Do not share **revenue figures**.", "", StringComparison.Ordinal)
        .Replace("      en: |\n", "", StringComparison.Ordinal));

    public static async Task<(int ExitCode, string Output, string Error)> ContentAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await BotCommands.InvokeAsync(["content", .. args], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The whole expectReplies answer to a question, as JSON text.</summary>
    public static async Task<string> AskAsync(BotHost bot, string text, string conversationId = "a:publishing")
    {
        var activity = TestActivities.Message("http://127.0.0.1:9", text, conversationId).ExpectReplies();
        using var response = await bot.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Asks until the answer contains <paramref name="expected"/>; the time it took.</summary>
    public static async Task<TimeSpan> UntilAnswerAsync(BotHost bot, string question, string expected, TimeSpan within)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            // a conversation of its own per ask, so no check or prompt is left half-way
            var answer = await AskAsync(bot, question, "a:probe-" + Guid.NewGuid().ToString("N"));
            if (answer.Contains(expected, StringComparison.Ordinal)) return DateTime.UtcNow - started;
            Assert.True(DateTime.UtcNow - started < within, $"No answer with '{expected}' within {within.TotalSeconds} s; the last: {answer[..Math.Min(400, answer.Length)]}");
            await Task.Delay(100);
        }
    }
}
