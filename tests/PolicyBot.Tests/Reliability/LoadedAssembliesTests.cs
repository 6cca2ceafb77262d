using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// A plain run (SQLite store, telemetry off, no editor sign-in) does not load the assemblies only other settings need: every loaded
/// assembly is mapped code, resident memory (README "Performance").
/// </summary>
public sealed class LoadedAssembliesTests
{
    [Fact]
    public async Task APlainRunWithATurnLoadsNeitherNpgsqlNorOpenTelemetryNorTheExpressionCompilerNorMvc()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-assemblies-");
        try
        {
            await using (var bot = await BotProcess.StartAsync(folder.FullName, $"--Storage:SqlitePath={Path.Combine(folder.FullName, "state.db")}"))
            {
                using var response = await bot.Client.PostAsJsonAsync("/api/messages", new JsonObject
                {
                    ["type"] = "message",
                    ["id"] = "assemblies-1",
                    ["channelId"] = "msteams",
                    ["deliveryMode"] = "expectReplies",
                    ["locale"] = "nl-NL",
                    ["text"] = "mag ik dit delen?",
                    ["from"] = new JsonObject { ["id"] = "29:assemblies-user" },
                    ["recipient"] = new JsonObject { ["id"] = "28:bot" },
                    ["conversation"] = new JsonObject { ["id"] = "a:assemblies" },
                    ["serviceUrl"] = "http://127.0.0.1:1/",
                });
                response.EnsureSuccessStatusCode();
                Assert.Contains("\"activities\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

                var assemblies = bot.MappedFiles().Select(Path.GetFileName).ToList();
                Assert.Contains("PolicyBot.Dialogs.dll", assemblies);
                Assert.DoesNotContain("Npgsql.dll", assemblies);
                Assert.DoesNotContain(assemblies, a => a!.StartsWith("OpenTelemetry", StringComparison.Ordinal));
                Assert.DoesNotContain("System.Linq.Expressions.dll", assemblies);
                Assert.DoesNotContain("Microsoft.AspNetCore.Mvc.Core.dll", assemblies);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
