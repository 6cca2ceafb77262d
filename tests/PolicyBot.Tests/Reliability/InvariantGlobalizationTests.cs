using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// The bot runs in globalization-invariant mode (no ICU loaded: less resident memory) and still reads accented text
/// as before: "oké" is "ok" (README "Performance").
/// </summary>
public sealed class InvariantGlobalizationTests
{
    [Fact]
    public async Task TheBotLoadsNoIcuAndStillTakesTheAccentsOffWhatEmployeesType()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-invariant-");
        try
        {
            await using var bot = await BotProcess.StartAsync(folder.FullName, $"--Storage:SqlitePath={Path.Combine(folder.FullName, "state.db")}");

            var accented = await RepliesAsync(bot, "invariant-1", "oké");
            var plain = await RepliesAsync(bot, "invariant-2", "ok");
            var unknown = await RepliesAsync(bot, "invariant-3", "okx");

            Assert.Equal(plain, accented);
            Assert.NotEqual(plain, unknown);
            Assert.DoesNotContain(bot.MappedFiles(), f => Path.GetFileName(f).StartsWith("libicu", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RepliesAsync(BotProcess bot, string conversation, string text)
    {
        using var response = await bot.Client.PostAsJsonAsync("/api/messages", new JsonObject
        {
            ["type"] = "message",
            ["id"] = conversation,
            ["channelId"] = "msteams",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "nl-NL",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "29:invariant-user" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = $"a:{conversation}" },
            ["serviceUrl"] = "http://127.0.0.1:1/",
        });
        response.EnsureSuccessStatusCode();
        var activities = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.NotEmpty(activities);
        return string.Join("\n", activities.Select(a => a!["text"]?.GetValue<string>() ?? a!["attachments"]?.ToJsonString()));
    }
}
