using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PolicyBot.Bot.Handoff;
using PolicyBot.Bot.State;
using PolicyBot.Tests.Auth;
using PolicyBot.Tests.EndToEnd;

namespace PolicyBot.Tests.Retention;

/// <summary>A ticket whose card the owner's channel refused is sent again at the next scans, then closed: never read forever.</summary>
public sealed class UnpostedTicketTests
{
    [Fact]
    public async Task ATicketWhoseCardNeverPostsIsRetriedThenClosedAndNotReadAgain()
    {
        var time = new ManualTime();
        await using var scenario = await HandoffScenario.StartAsync(b => b.Services.AddSingleton<TimeProvider>(time), true, true);
        scenario.Connector.Respond = (_, r) => r.Method == "POST" && r.RawTarget.StartsWith("/amer/", StringComparison.Ordinal) ? (503, null) : (200, null);
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var ticket = Assert.Single(await scenario.Tickets.ListWaitingAsync(time.GetUtcNow(), default));
        Assert.Null(ticket.ChannelCardId);

        var attempts = new List<int>();
        for (var scan = 0; scan < 5; scan++)
        {
            time.Advance(TimeSpan.FromMinutes(5));
            var before = scenario.ToChannel().Count();
            await Reminder(scenario).RemindAsync(default);
            attempts.Add(scenario.ToChannel().Count() > before ? 1 : 0);
        }

        Assert.Equal([1, 1, 1, 0, 0], attempts);
        Assert.Equal(TicketStatus.Closed, (await scenario.Tickets.GetAsync(ticket.Id, default))!.Status);
        Assert.Empty(await scenario.Tickets.ListWaitingAsync(time.GetUtcNow(), default));
        Assert.Single(scenario.Host.Logs.Lines, l => l.Contains("[419]", StringComparison.Ordinal) && l.Contains(ticket.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACardThatFailedOnceIsPostedAtTheNextScan()
    {
        var time = new ManualTime();
        await using var scenario = await HandoffScenario.StartAsync(b => b.Services.AddSingleton<TimeProvider>(time), true, true);
        var channelDown = true;
        scenario.Connector.Respond = (_, r) => channelDown && r.Method == "POST" && r.RawTarget.StartsWith("/amer/", StringComparison.Ordinal) ? (503, null) : (200, null);
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var id = Assert.Single(await scenario.Tickets.ListWaitingAsync(time.GetUtcNow(), default)).Id;

        channelDown = false;
        time.Advance(TimeSpan.FromMinutes(5));
        await Reminder(scenario).RemindAsync(default);

        var ticket = await scenario.Tickets.GetAsync(id, default);
        Assert.NotNull(ticket!.ChannelCardId);
        Assert.Equal(TicketStatus.Open, ticket.Status);
        Assert.Contains(scenario.ToChannel(), r => r.Json.AllText().Contains(id, StringComparison.Ordinal));
    }

    private static TicketReminderService Reminder(HandoffScenario scenario) =>
        scenario.Host.Services.GetServices<IHostedService>().OfType<TicketReminderService>().Single();
}
