using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PolicyBot.Tests.Content;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// The built bot as a child process, its content folder edited under it: each hostile file is reported and the bot
/// keeps serving its last good content (before the depth cap, the deep file's hot reload killed the process).
/// </summary>
public sealed class HostileContentReloadTests
{
    [Fact]
    public async Task HostileContentOnAHotReloadIsReportedAndTheBotKeepsItsLastGoodContent()
    {
        using var folder = ContentFolder.WithValidContent();
        var state = Directory.CreateTempSubdirectory("policybot-hostile-");
        var hostile = Path.Combine(folder.Path, "hostile.yaml");
        await using var bot = await BotProcess.StartAsync(state.FullName,
            $"--Content:Path={folder.Path}", $"--Storage:SqlitePath={Path.Combine(state.FullName, "state.db")}",
            "--Preview:Enabled=true", "--Logging:LogLevel:Default=Warning");
        Assert.Equal(1, (int)(await StatusAsync(bot))["contentVersion"]!);

        (Action Write, string Error)[] edits =
        [
            (() => File.WriteAllText(hostile, HostileYaml.DeepNesting), HostileYaml.DeepNestingError),
            (() => File.WriteAllText(hostile, HostileYaml.AliasBomb), HostileYaml.AliasBombError),
            (() => HostileYaml.WriteFiftyMegabytes(hostile), HostileYaml.FiftyMegabytesError),
            (() => File.WriteAllText(hostile, HostileYaml.ManyPhrases), HostileYaml.ManyPhrasesError),
        ];
        foreach (var (write, error) in edits)
        {
            write();

            var status = await WaitForStatusAsync(bot, s => s["errors"]!.AsArray().Any(e => (string?)e == error), $"the bot reports {error}");
            Assert.Equal(1, (int)status["contentVersion"]!);
            Assert.NotEmpty(await SayAsync(bot, "help"));
        }

        File.Delete(hostile);

        await WaitForStatusAsync(bot, s => s["errors"]!.AsArray().Count == 0 && (int)s["contentVersion"]! == 2, "the fixed content is loaded");
        Assert.NotEmpty(await SayAsync(bot, "help"));
        state.Delete(recursive: true);
    }

    private static async Task<JsonObject> StatusAsync(BotProcess bot) =>
        (await bot.Client.GetFromJsonAsync<JsonObject>("/preview/status"))!;

    private static async Task<JsonObject> WaitForStatusAsync(BotProcess bot, Func<JsonObject, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            // throws when the bot has died
            var status = await StatusAsync(bot);
            if (condition(status)) return status;
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}; status: {status.ToJsonString()[..Math.Min(500, status.ToJsonString().Length)]}");
            await Task.Delay(50);
        }
    }

    private static async Task<List<JsonObject>> SayAsync(BotProcess bot, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["text"] = text,
            ["channelId"] = "msteams",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = "29:hostile-user" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = "a:hostile", ["conversationType"] = "personal" },
        };
        using var response = await bot.Client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return [.. body["activities"]!.AsArray().Select(a => a!.AsObject()).Where(a => (string?)a["type"] == "message")];
    }
}
