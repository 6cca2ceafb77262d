using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// A plain run (SQLite store, telemetry off, no editor sign-in) does not load the assemblies and native libraries only
/// other settings need: every loaded one is mapped code, resident memory (docs/performance-history.md).
/// </summary>
public sealed class LoadedAssembliesTests
{
    [Fact]
    public Task APlainRunWithATurnLoadsNeitherNpgsqlNorOpenTelemetryNorTheExpressionCompilerNorMvc() => WithBotAsync(async bot =>
    {
        Assert.NotEmpty(await RepliesAsync(bot, "assemblies", "mag ik dit delen?"));

        var assemblies = bot.MappedFiles().Select(Path.GetFileName).ToList();
        Assert.Contains("PolicyBot.Dialogs.dll", assemblies);
        Assert.DoesNotContain("Npgsql.dll", assemblies);
        Assert.DoesNotContain(assemblies, a => a!.StartsWith("OpenTelemetry", StringComparison.Ordinal));
        Assert.DoesNotContain("System.Linq.Expressions.dll", assemblies);
        Assert.DoesNotContain("Microsoft.AspNetCore.Mvc.Core.dll", assemblies);
    });

    /// <summary>
    /// The recognizer's cache key and an owner button's offer ref come from CoreLib (XxHash128, the system's random
    /// source), so a plain run maps no OpenSSL (libcrypto alone is ~3.4 MiB resident).
    /// </summary>
    [Fact]
    public Task AnAnswerWithAnOwnerButtonLoadsNoOpenSsl() => WithBotAsync(async bot =>
    {
        var answer = (await ActivitiesAsync(bot, "openssl", "een journalist vraagt me om commentaar")).ToJsonString();

        Assert.Matches("\"ref\":\"[0-9a-f]{8}\"", answer);
        Assert.DoesNotContain(bot.MappedFiles(), f => Path.GetFileName(f).StartsWith("libcrypto", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.MappedFiles(), f => Path.GetFileName(f).StartsWith("libssl", StringComparison.Ordinal));
    });

    /// <summary>Globalization-invariant mode: no ICU, and accented text reads as before ("oké" is "ok").</summary>
    [Fact]
    public Task TheBotLoadsNoIcuAndStillTakesTheAccentsOffWhatEmployeesType() => WithBotAsync(async bot =>
    {
        var accented = await RepliesAsync(bot, "invariant-1", "oké");
        var plain = await RepliesAsync(bot, "invariant-2", "ok");
        var unknown = await RepliesAsync(bot, "invariant-3", "okx");

        Assert.Equal(plain, accented);
        Assert.NotEqual(plain, unknown);
        Assert.DoesNotContain(bot.MappedFiles(), f => Path.GetFileName(f).StartsWith("libicu", StringComparison.Ordinal));
    });

    private static async Task WithBotAsync(Func<BotProcess, Task> test)
    {
        var folder = Directory.CreateTempSubdirectory("policybot-assemblies-");
        try
        {
            await using var bot = await BotProcess.StartAsync(folder.FullName, $"--Storage:SqlitePath={Path.Combine(folder.FullName, "state.db")}");
            await test(bot);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The texts (or cards) of the replies to one message in a new conversation, by expectReplies.</summary>
    private static async Task<string> RepliesAsync(BotProcess bot, string conversation, string text)
    {
        var activities = await ActivitiesAsync(bot, conversation, text);
        return string.Join("\n", activities.Select(a => a!["text"]?.GetValue<string>() ?? a!["attachments"]?.ToJsonString()));
    }

    private static async Task<JsonArray> ActivitiesAsync(BotProcess bot, string conversation, string text)
    {
        using var response = await bot.Client.PostAsJsonAsync("/api/messages", new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"{conversation}-1",
            ["channelId"] = "msteams",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "nl-NL",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = $"29:{conversation}-user" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = $"a:{conversation}" },
            ["serviceUrl"] = "http://127.0.0.1:1/",
        });
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
    }
}
