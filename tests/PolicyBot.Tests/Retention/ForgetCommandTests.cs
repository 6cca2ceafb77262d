using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Commands;
using PolicyBot.Bot.State;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Retention;

/// <summary><c>forget --user</c> on the SQLite file a real bot wrote through a whole hand-off: it removes and prints ids, never texts.</summary>
public sealed class ForgetCommandTests
{
    [Fact]
    public async Task ForgetRemovesTheEmployeesChatAndTicketAndPrintsCountsAndIds()
    {
        await using var scenario = await HandoffScenario.StartAsync(sqlite: true);
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (_, ticketId) = scenario.PostedTicket();
        var path = scenario.Host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath;

        var (output, exitCode) = await ForgetAsync(path, TestActivities.UserId);

        Assert.Equal(0, exitCode);
        Assert.Contains("conversation states removed: 1", output, StringComparison.Ordinal);
        Assert.Contains($"  msteams/conversations/{HandoffScenario.Employee}", output, StringComparison.Ordinal);
        Assert.Contains("conversation references removed: 1", output, StringComparison.Ordinal);
        Assert.Contains($"tickets they asked, deleted: 1 ({ticketId})", output, StringComparison.Ordinal);
        Assert.Contains("usage events: carry no user id", output, StringComparison.Ordinal);
        Assert.DoesNotContain(HandoffScenario.Question, output, StringComparison.Ordinal);
        Assert.Null(await scenario.Tickets.GetAsync(ticketId, default));
        Assert.NotNull(await scenario.Host.Store.ReadAsync(StorageKeys.Reference("msteams", HandoffScenario.Channel), default));
    }

    [Fact]
    public async Task ForgetClearsThePickersNameButKeepsTheTicketTheyPickedUp()
    {
        await using var scenario = await HandoffScenario.StartAsync(sqlite: true);
        await scenario.InstallInChannelAsync();
        await scenario.HandOffAsync();
        var (_, ticketId) = scenario.PostedTicket();
        await scenario.PressTakeAsync(ticketId, await scenario.CardIdAsync(ticketId), "29:olivia", "Olivia Owner");
        var path = scenario.Host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath;

        var (output, _) = await ForgetAsync(path, "29:olivia");

        Assert.Contains($"tickets they picked up, name and id removed: 1 ({ticketId})", output, StringComparison.Ordinal);
        var ticket = await scenario.Tickets.GetAsync(ticketId, default);
        Assert.Equal((TicketStatus.PickedUp, null, null), (ticket!.Status, ticket.PickedUpById, ticket.Details.PickedUpBy));
        Assert.DoesNotContain("Olivia", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReferenceStoredWithoutAUserIdIsCountedAndFoundOnceTheEmployeeWritesAgain()
    {
        await using var scenario = await HandoffScenario.StartAsync(sqlite: true);
        const string OldChat = "a:chat-from-before";
        var key = StorageKeys.Reference("msteams", OldChat);
        // What the release before stored for a personal chat: no user at all.
        var old = """{"bot":{"id":"28:bot-app-id","name":"PolicyBot"},"conversation":{"id":"a:chat-from-before","conversationType":"personal"},"channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/"}""";
        await scenario.Host.Store.WriteAsync(key, System.Text.Encoding.UTF8.GetBytes(old), "*", default);
        var path = scenario.Host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath;

        var (before, _) = await ForgetAsync(path, TestActivities.UserId);
        await new ChatSession(scenario.Host, scenario.Connector, "msteams", "en-US", OldChat).SayAsync("hi");
        var (after, _) = await ForgetAsync(path, TestActivities.UserId);

        Assert.Contains("conversation references removed: 0", before, StringComparison.Ordinal);
        Assert.Contains("personal chats stored before references carried a user id, not tied to anyone: 1", before, StringComparison.Ordinal);
        Assert.Contains("each gets its user's id at that employee's next message", before, StringComparison.Ordinal);
        Assert.Contains($"  {key}", after, StringComparison.Ordinal);
        Assert.Contains("not tied to anyone: 0", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetWithoutAUserSaysHowToCallIt()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await BotCommands.InvokeAsync(["forget", "--user"], output, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("forget takes: --user <id>", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(string Output, int ExitCode)> ForgetAsync(string path, string userId)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await BotCommands.InvokeAsync(
            ["forget", "--user", userId, "--Storage:Provider=sqlite", $"--Storage:SqlitePath={path}", "--hostBuilder:reloadConfigOnChange=false"], output, error);
        return (output.ToString(), exitCode);
    }
}
