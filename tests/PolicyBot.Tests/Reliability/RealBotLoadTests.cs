using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// The real dialogs on the default store (SQLite with its state cache and grouped commits) under concurrency:
/// conversations walking the guided check at the same time get exactly what each would get alone.
/// </summary>
public sealed partial class RealBotLoadTests : IDisposable
{
    private const int Conversations = 120;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("policybot-realload-");

    [Fact]
    public async Task ConcurrentGuidedChecksOnSqliteEachGetWhatTheyWouldGetAlone()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null, null, "Storage:Provider=sqlite", $"Storage:SqlitePath={System.IO.Path.Combine(_folder.FullName, "bot.db")}");
        var content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;
        var paths = Enumerable.Range(0, 8).Select(v => CheckPath(content, v)).ToArray();

        // Each path once on its own, then every conversation at once, each on one of the paths.
        for (var v = 0; v < paths.Length; v++) await WalkAsync($"a:alone-{v}", paths[v]);
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(c => WalkAsync($"a:together-{c}", paths[c % paths.Length])));

        var replies = connector.Requests.Where(r => r.Method == "POST").Select(r => r.Json)
            .GroupBy(r => (string)r["conversation"]!["id"]!)
            // An owner button names its conversation's own offer by a random ref; everything else is the same.
            .ToDictionary(g => g.Key, g => g.Select(r => OfferRef().Replace(r.AllText(), "?ref=…")).ToList());
        for (var c = 0; c < Conversations; c++)
        {
            var alone = replies[$"a:alone-{c % paths.Length}"];
            Assert.True(alone.Count >= paths[c % paths.Length].Count, "every turn is answered");
            Assert.Equal(alone, replies[$"a:together-{c}"]);
        }

        async Task WalkAsync(string conversationId, IReadOnlyList<string> choices)
        {
            var turn = 0;
            foreach (var choice in choices)
            {
                var activity = TestActivities.Message(connector.Url, null, conversationId);
                activity.Remove("text");
                activity["id"] = $"{conversationId}-{++turn}";
                activity["value"] = new JsonObject { ["choice"] = choice };
                using var response = await host.PostActivityAsync(activity);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
    }

    // The ref of an owner button in its card data ("ref":"3f9a0c1e"): random per conversation.
    [GeneratedRegex(@"(?<=""ref"":"")[0-9a-f]{8}")]
    private static partial Regex OfferRef();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    /// <summary>The check's start, then one choice per step down to its end, varied by <paramref name="variant"/>.</summary>
    private static List<string> CheckPath(PolicyContent content, int variant)
    {
        var check = content.Check("may-i-share")!;
        var choices = new List<string> { "cmd:check" };
        for (var (step, depth) = (check.Step(check.Start), 0); step is not null; depth++)
        {
            var choice = step.Choices[(variant + depth) % step.Choices.Count];
            choices.Add(choice.Id);
            step = choice.Next is null ? null : check.Step(choice.Next);
        }
        return choices;
    }
}
