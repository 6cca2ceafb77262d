using Microsoft.Extensions.DependencyInjection;
using PolicyBot.Bot.Connector;
using PolicyBot.Bot.Protocol;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

/// <summary>
/// Issue 16 (Low): Teams throttles each conversation to about 7 messages a second. Many sends to one conversation at
/// once (hand-off tickets to one owner channel) must all arrive within the send budget, not be dropped after a few 429s.
/// </summary>
public sealed class ConversationPacingTests
{
    private const int Sends = 40;

    [Fact]
    public async Task ManySendsToOneThrottlingConversationAllArriveAndOthersAreNotSlowed()
    {
        await using var connector = await FakeConnector.StartAsync();
        var accepted = new List<DateTime>();
        var throttled = 0;
        // Like Teams: the 8th message within a second of a conversation gets 429 with Retry-After.
        connector.Respond = (_, request) =>
        {
            if (!request.RawTarget.Contains("owner-channel", StringComparison.Ordinal)) return (200, null);
            lock (accepted)
            {
                var now = DateTime.UtcNow;
                if (accepted.Count(t => now - t < TimeSpan.FromSeconds(1)) >= 7)
                {
                    throttled++;
                    return (429, new Dictionary<string, string> { ["Retry-After"] = "1" });
                }
                accepted.Add(now);
                return (200, null);
            }
        };
        await using var host = await BotHost.StartAsync(new TestBot(), null, "Connector:SendBudget=00:00:20");
        var client = host.Services.GetRequiredService<ConnectorClient>();

        var results = await Task.WhenAll(Enumerable.Range(0, Sends).Select(i => client.SendAsync(Message(connector.Url, "owner-channel", i), default)));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var other = await client.SendAsync(Message(connector.Url, "someone-else", 0), default);

        Assert.All(results, Assert.NotNull);
        Assert.Equal(Sends, accepted.Count);
        Assert.True(throttled < Sends, $"{throttled} sends were throttled");
        // Pacing is per conversation: another chat is not held up by the busy one.
        Assert.NotNull(other);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"another conversation's send took {clock.Elapsed}");
    }

    private static Activity Message(string serviceUrl, string conversation, int i) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversation },
        Text = $"ticket {i}",
    };
}
