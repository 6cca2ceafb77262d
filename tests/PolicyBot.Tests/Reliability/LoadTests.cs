using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Hosting;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

public sealed class LoadTests
{
    private const int Conversations = 500;

    [Fact]
    public async Task FiveHundredConcurrentConversationsAreEachAnsweredInOrderWithTheirOwnState()
    {
        await using var connector = await FakeConnector.StartAsync();
        var bot = new TestBot();
        await using var host = await BotHost.StartAsync(bot, null, "Bot:ReplayWindow=00:05:00");

        // Every conversation at once: one message, then two sent at the same moment, then one more.
        var statuses = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async c =>
        {
            var codes = new List<HttpStatusCode> { await SayAsync(c, "first") };
            codes.AddRange(await Task.WhenAll(SayAsync(c, "left"), SayAsync(c, "right")));
            codes.Add(await SayAsync(c, "last"));
            return codes;
        }));

        Assert.All(statuses.SelectMany(s => s), s => Assert.Equal(HttpStatusCode.OK, s));
        var byConversation = connector.Requests.Select(r => r.Json)
            .GroupBy(r => (string)r["conversation"]!["id"]!)
            .ToDictionary(g => g.Key, g => g.Select(r => (string)r["text"]!).ToList());
        Assert.Equal(Conversations, byConversation.Count);
        for (var c = 0; c < Conversations; c++)
        {
            var texts = byConversation[Id(c)];
            // Each turn's replies stay together, the counter counts this conversation's turns only, and the
            // simultaneous pair ran one after the other (in whichever order they arrived).
            string[] leftFirst = [$"echo first {c}", "turn 1", $"echo left {c}", "turn 2", $"echo right {c}", "turn 3", $"echo last {c}", "turn 4"];
            string[] rightFirst = [$"echo first {c}", "turn 1", $"echo right {c}", "turn 2", $"echo left {c}", "turn 3", $"echo last {c}", "turn 4"];
            Assert.True(texts.SequenceEqual(leftFirst) || texts.SequenceEqual(rightFirst), $"{Id(c)}: {string.Join(" | ", texts)}");
            var stored = await host.Store.ReadAsync(StorageKeys.Conversation("msteams", Id(c)), default);
            Assert.Equal(4, TestBot.Counter(ConversationDataSerializer.Deserialize(stored!.Data.Span)).StepIndex);
        }
        Assert.Equal(0, host.Services.GetRequiredService<ConversationLocks>().Count);

        async Task<HttpStatusCode> SayAsync(int c, string word)
        {
            var activity = TestActivities.Message(connector.Url, $"{word} {c}", Id(c));
            activity["id"] = $"{word}-{c}";
            using var response = await host.PostActivityAsync(activity);
            return response.StatusCode;
        }
    }

    private static string Id(int conversation) => $"a:load-{conversation}";
}
