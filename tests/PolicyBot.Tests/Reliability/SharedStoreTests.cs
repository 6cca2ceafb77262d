using System.Net;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Insights;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;
using PolicyBot.Tests.State;
using PolicyBot.Tests.Teams;

namespace PolicyBot.Tests.Reliability;

/// <summary>Scale-out: two bot instances on one PostgreSQL store serve the same conversations without losing or mixing state.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SharedStoreTests(PostgresServer server)
{
    [PostgresFact]
    public async Task PostgresStoresKeepTheStoreContracts()
    {
        // Each fact of a contract expects an empty store: a schema of its own.
        await RunContractAsync(typeof(ConversationStoreContract), async () => new ConversationContract(await server.NewSchemaAsync()));
        await RunContractAsync(typeof(TicketStoreContract), async () => new TicketContract(await server.NewSchemaAsync()));
    }

    [PostgresFact]
    public async Task TwoInstancesServeTheSameConversationsAlternatelyWithoutLosingOrMixingState()
    {
        await using var connector = await FakeConnector.StartAsync();
        var settings = await SettingsAsync();
        await using var a = await BotHost.StartAsync(new TestBot(), null, settings);
        await using var b = await BotHost.StartAsync(new TestBot(), null, settings);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(async c =>
        {
            for (var turn = 1; turn <= 6; turn++)
            {
                var activity = TestActivities.Message(connector.Url, $"c{c} t{turn}", $"a:shared-{c}");
                activity["id"] = $"c{c}-t{turn}";
                using var response = await (turn % 2 == 1 ? a : b).PostActivityAsync(activity);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }));

        var replies = connector.Requests.Select(r => r.Json).GroupBy(r => (string)r["conversation"]!["id"]!).ToDictionary(g => g.Key, g => g.Select(r => (string)r["text"]!).ToList());
        for (var c = 0; c < 50; c++)
        {
            var expected = Enumerable.Range(1, 6).SelectMany(t => new[] { $"echo c{c} t{t}", $"turn {t}" });
            Assert.Equal(expected, replies[$"a:shared-{c}"]);
        }
    }

    [PostgresFact]
    public async Task SimultaneousTurnsOnTwoInstancesConflictAndOneReRunsInsteadOfLosingAnUpdate()
    {
        await using var connector = await FakeConnector.StartAsync();
        var settings = await SettingsAsync();
        var botA = new TestBot { SleepTime = TimeSpan.FromMilliseconds(300) };
        var botB = new TestBot { SleepTime = TimeSpan.FromMilliseconds(300) };
        await using var a = await BotHost.StartAsync(botA, null, settings);
        await using var b = await BotHost.StartAsync(botB, null, settings);
        var first = TestActivities.Message(connector.Url, "sleep");
        var second = TestActivities.Message(connector.Url, "sleep");
        second["id"] = "activity-2";

        var responses = await Task.WhenAll(a.PostActivityAsync(first), b.PostActivityAsync(second));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(3, botA.Inputs.Count + botB.Inputs.Count);
        Assert.Contains(a.Logs.Lines.Concat(b.Logs.Lines), l => l.Contains("[122]", StringComparison.Ordinal));
        var saved = await a.Store.ReadAsync(StorageKeys.Conversation("msteams", "a:conv-1"), default);
        Assert.Equal(2, TestBot.Counter(ConversationDataSerializer.Deserialize(saved!.Data.Span)).StepIndex);
        Assert.Equal(["turn 1", "turn 2"], connector.Requests.Select(r => (string)r.Json["text"]!).Where(t => t.StartsWith("turn", StringComparison.Ordinal)).Order());
    }

    [PostgresFact]
    public async Task TicketHandedOffOnOneInstanceIsPickedUpOnTheOther()
    {
        await using var scenario = await HandoffScenario.StartAsync(false, true, await SettingsAsync());
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (_, ticketId) = scenario.PostedTicket();
        var cardId = await scenario.CardIdAsync(ticketId);

        // The second instance has never seen the channel nor the employee: both come from the shared store.
        await scenario.SwitchInstanceAsync();
        await scenario.PressTakeAsync(ticketId, cardId, "29:olivia", "Olivia Owner");

        Assert.Contains("Picked up by Olivia Owner", Assert.Single(scenario.ToChannel("PUT")).Json.AllText());
        Assert.Equal(TicketStatus.PickedUp, (await scenario.Tickets.GetAsync(ticketId, default))!.Status);
        Assert.Contains("Olivia Owner", scenario.ToEmployee().Last().Json.AllText());
    }

    [PostgresFact]
    public async Task UsageEventsOfBothInstancesAreCountedInTheSharedDatabase()
    {
        var settings = await SettingsAsync();
        await using var a = await BotHost.StartAsync(null, null, settings);
        await using var b = await BotHost.StartAsync(null, null, settings);

        foreach (var (host, text) in new[] { (a, "can I share our revenue figures?"), (b, "mag ik een foto van een klant delen?") })
        {
            using var response = await host.PostActivityAsync(TestActivities.Message("http://127.0.0.1:9", text).ExpectReplies());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await b.Services.GetRequiredService<IUsageStore>().ListAsync("0000", default);
        var records = await a.Services.GetRequiredService<IUsageStore>().ListAsync("0000", default);

        Assert.Equal(["en", "nl"], records.Where(r => r.Kind == "topic").Select(r => r.Language).Order());
    }

    [PostgresFact]
    public async Task ConversationIdWithANulCharacterIsRefusedBeforeTheStoreSeesIt()
    {
        await using var host = await BotHost.StartAsync(new TestBot(), null, await SettingsAsync());

        // PostgreSQL text cannot hold U+0000: such an id would fail every read and write of its keys.
        using var response = await host.PostActivityAsync(TestActivities.Message("http://127.0.0.1:9", "hi", "a:nul\u0000id").ExpectReplies());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("PostgresException", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task AChannelInstalledThroughTwoInstancesAtOnceIsLearnedOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        var settings = await SettingsAsync();
        await using var a = await BotHost.StartAsync(null, null, settings);
        await using var b = await BotHost.StartAsync(null, null, settings);

        // The two activities of one team install (as the Agents Playground sends them), one to each instance at once.
        const int Teams = 12;
        await Task.WhenAll(Enumerable.Range(0, Teams).Select(i => Task.WhenAll(
            a.PostActivityAsync(PlaygroundFindingsTests.PlaygroundActivity(PlaygroundFindingsTests.PlaygroundTeamInstall, connector.Url, $"team-id-{i}")),
            b.PostActivityAsync(PlaygroundFindingsTests.PlaygroundActivity(PlaygroundFindingsTests.PlaygroundTeamMemberAdded, connector.Url, $"team-id-{i}")))));

        var learned = a.Logs.Lines.Concat(b.Logs.Lines).Where(l => l.Contains("can now receive hand-off tickets", StringComparison.Ordinal)).ToList();
        Assert.All(Enumerable.Range(0, Teams), i =>
            Assert.Single(learned, l => l.Contains($"channel conversation team-id-{i};", StringComparison.Ordinal)));
    }

    private async Task<string[]> SettingsAsync() => ["Storage:Provider=postgres", $"Storage:PostgresConnectionString={await server.NewSchemaAsync()}"];

    private static async Task RunContractAsync(Type contract, Func<Task<object>> create)
    {
        var facts = contract.GetMethods().Where(m => m.GetCustomAttribute<FactAttribute>() is not null).ToList();
        Assert.NotEmpty(facts);
        foreach (var fact in facts) await (Task)fact.Invoke(await create(), null)!;
    }

    // Private, so xunit does not also run them as test classes of their own without a server.
    private sealed class ConversationContract(string connectionString) : ConversationStoreContract
    {
        protected override IConversationStore CreateStore() => new PostgresConversationStore(connectionString);
    }

    private sealed class TicketContract(string connectionString) : TicketStoreContract
    {
        protected override ITicketStore CreateStore() => new PostgresTicketStore(connectionString);
    }
}
