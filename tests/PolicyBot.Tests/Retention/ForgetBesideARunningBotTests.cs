using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PolicyBot.Bot.Commands;
using PolicyBot.Bot.State;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Retention;

/// <summary>
/// <c>forget</c> is a separate process beside the running bot, which keeps what it last read or wrote per conversation
/// (state, reference) in memory: those entries live for <c>Storage:CacheTtl</c> at most, so the forgotten employee does
/// not stay in the running bot, and their next message is a new conversation with its reference saved again.
/// </summary>
public sealed class ForgetBesideARunningBotTests
{
    private static readonly string StateKey = StorageKeys.Conversation("msteams", HandoffScenario.Employee);
    private static readonly string ReferenceKey = StorageKeys.Reference("msteams", HandoffScenario.Employee);

    [Fact]
    public async Task RunningBotDropsTheForgottenEmployeeWithinTheCacheTtl()
    {
        await using var scenario = await HandoffScenario.StartAsync(null, sqlite: true, withChannel: true, "Storage:CacheTtl=00:00:01");
        var chat = new ChatSession(scenario.Host, scenario.Connector, "msteams", "en-US", HandoffScenario.Employee);
        await chat.PressAsync(await HandoffScenario.OwnerButtonAsync(chat, "sales-and-press", "marketing"));
        await chat.SayAsync(HandoffScenario.Question); // waiting for "shall I send it?", the question in the state
        Assert.NotNull(await scenario.Host.Store.ReadAsync(StateKey, default));

        using var output = new StringWriter();
        await BotCommands.InvokeAsync(["forget", "--user", TestActivities.UserId, "--Storage:Provider=sqlite", $"--Storage:SqlitePath={SqlitePath(scenario)}",
            "--hostBuilder:reloadConfigOnChange=false"], output, TextWriter.Null);
        Assert.Contains("conversation states removed: 1", output.ToString(), StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        Assert.Null(await scenario.Host.Store.ReadAsync(StateKey, default));
        var replies = await chat.SayAsync("yes");
        Assert.DoesNotContain(replies.Messages(), m => m.AllText().Contains(HandoffScenario.Question, StringComparison.Ordinal));
        Assert.NotNull(await scenario.Host.Store.ReadAsync(ReferenceKey, default));
    }

    private static string SqlitePath(HandoffScenario scenario) =>
        scenario.Host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath;
}
