using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.EndToEnd;

namespace PolicyBot.Tests.Reliability;

/// <summary>
/// SIGKILL in the middle of a load run, then a restart on the same SQLite file: the store is intact and every
/// conversation continues from its last completed turn (or from the turn in flight, when that one had committed).
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Conversations = 40;
    private static readonly PolicyContent Content = ContentLoader.Load(BundledContentTests.BundledContentFolder()).Content!;
    private static readonly GuidedCheck Check = Content.Check("may-i-share")!;

    [Fact]
    public async Task KilledMidLoadTheBotRestartsOnTheSameFileAndEveryConversationContinues()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-crash-");
        var database = Path.Combine(folder.FullName, "state.db");
        string[] settings = [$"--Storage:SqlitePath={database}", "--Logging:LogLevel:Default=Warning"];
        var users = Enumerable.Range(0, Conversations).Select(i => new User($"a:crash-{i}")).ToList();

        await using (var bot = await BotProcess.StartAsync(folder.FullName, settings))
        {
            using var stop = new CancellationTokenSource();
            var load = users.Select(u => u.WalkTheCheckAsync(bot.Client, stop.Token)).ToList();
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.All(users, u => Assert.True(u.CompletedTurns > 0, $"{u.Conversation} got no turn through before the kill"));
            bot.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(load);
            Assert.Contains(users, u => u.InFlightNext is not null);
        }

        Assert.Equal("ok", IntegrityCheck(database));
        await using (var bot = await BotProcess.StartAsync(folder.FullName, settings))
        {
            foreach (var user in users) await user.ContinueAfterRestartAsync(bot.Client);
        }
        Assert.Equal("ok", IntegrityCheck(database));
        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>One employee walking the guided check again and again, always taking the first answer.</summary>
    private sealed class User(string conversation)
    {
        private int _activity;

        public string Conversation { get; } = conversation;

        /// <summary>The step whose question the last completed turn showed; null = no check running.</summary>
        public string? Step { get; private set; }

        /// <summary>The step the turn in flight at the kill would have moved to ("" = the check's end), if any.</summary>
        public string? InFlightNext { get; private set; }

        public int CompletedTurns { get; private set; }

        public async Task WalkTheCheckAsync(HttpClient client, CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                var (choice, next) = Step is null ? ("cmd:check", Check.Start) : NextOf(Step);
                InFlightNext = next;
                try
                {
                    var replies = await PressAsync(client, choice);
                    Assert.Contains(QuestionOf(next) ?? "", string.Join("\n", replies.Select(r => r.AllText())));
                    Step = next == "" ? null : next;
                    InFlightNext = null;
                    CompletedTurns++;
                }
                catch (HttpRequestException)
                {
                    return; // the bot was killed with this turn in flight
                }
            }
        }

        public async Task ContinueAfterRestartAsync(HttpClient client)
        {
            // "help" re-shows the question of the running check without moving it, or the menu when none runs.
            var probe = string.Join("\n", (await SayAsync(client, "help")).Select(r => r.AllText()));
            var shown = Check.Steps.Where(s => probe.Contains(s.Question.En, StringComparison.Ordinal)).Select(s => s.Id).ToList();
            var now = shown.SingleOrDefault();
            var possible = new List<string?> { Step };
            if (InFlightNext is not null) possible.Add(InFlightNext == "" ? null : InFlightNext);
            Assert.True(possible.Contains(now),
                $"{Conversation}: last completed step {Step ?? "none"}, in flight to {InFlightNext ?? "nothing"}, after restart at {now ?? "none"}");
            Assert.DoesNotContain("went wrong", probe, StringComparison.Ordinal);

            Step = now;
            InFlightNext = null;
            do
            {
                var (choice, next) = Step is null ? ("cmd:check", Check.Start) : NextOf(Step);
                var replies = string.Join("\n", (await PressAsync(client, choice)).Select(r => r.AllText()));
                Assert.Contains(QuestionOf(next) ?? "", replies);
                Step = next == "" ? null : next;
            }
            while (Step is not null);
        }

        private static (string Choice, string Next) NextOf(string step)
        {
            var choice = Check.Step(step)!.Choices[0];
            return (choice.Id, choice.Next ?? "");
        }

        private static string? QuestionOf(string step) => step == "" ? null : Check.Step(step)!.Question.En;

        private Task<List<JsonObject>> PressAsync(HttpClient client, string choice) =>
            PostAsync(client, new JsonObject { ["value"] = new JsonObject { ["choice"] = choice } });

        private Task<List<JsonObject>> SayAsync(HttpClient client, string text) => PostAsync(client, new JsonObject { ["text"] = text });

        private async Task<List<JsonObject>> PostAsync(HttpClient client, JsonObject activity)
        {
            activity["type"] = "message";
            activity["id"] = $"{Conversation}/{++_activity}";
            activity["channelId"] = "msteams";
            activity["deliveryMode"] = "expectReplies";
            activity["locale"] = "en-US";
            activity["from"] = new JsonObject { ["id"] = "29:crash-user" };
            activity["recipient"] = new JsonObject { ["id"] = "28:bot" };
            activity["conversation"] = new JsonObject { ["id"] = Conversation, ["conversationType"] = "personal" };
            using var response = await client.PostAsJsonAsync("/api/messages", activity);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            return [.. body["activities"]!.AsArray().Select(a => a!.AsObject()).Where(a => (string?)a["type"] == "message")];
        }
    }
}
