using System.CommandLine;
using PolicyBot.Bot.Retention;

namespace PolicyBot.Bot.Commands;

/// <summary>
/// <c>forget --user &lt;id&gt;</c>: removes everything the bot's store holds about one employee (their Teams user id, e.g.
/// <c>29:1abc…</c>) and prints what it removed, by kind, as counts and ids (never texts). <c>sweep</c>: one retention
/// sweep now, as the running bot does every <see cref="RetentionOptions.SweepInterval"/>.
/// </summary>
public static class ForgetCommand
{
    public static Command Create()
    {
        var user = new Option<string>("--user") { Required = true, HelpName = "id", Description = "The employee's channel user id, e.g. 29:1abc… in Teams" };
        user.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>())) result.AddError("--user needs the employee's user id.");
        });
        var settings = CommandSettings.Create();
        var command = new Command("forget", "Remove everything the store holds about one employee (right to erasure); prints counts and ids, never texts.")
        {
            user, settings,
        };
        command.SetAction(result => RunAsync(result.GetValue(user)!, result.GetValue(settings) ?? [], result.InvocationConfiguration.Output));
        return command;
    }

    public static Command CreateSweep()
    {
        var settings = CommandSettings.Create();
        var command = new Command("sweep", "Run the retention sweep once, now (the running bot does it every Retention:SweepInterval); prints the counts.")
        {
            settings,
        };
        command.SetAction(result => SweepAsync(result.GetValue(settings) ?? [], result.InvocationConfiguration.Output));
        return command;
    }

    private static async Task<int> RunAsync(string userId, string[] settings, TextWriter output)
    {
        await using var app = PolicyBotApp.Build([.. settings, BotCommands.LocalTool], BotCommands.QuietLogging);
        var report = await app.Services.GetRequiredService<Erasure>().ForgetUserAsync(userId, CancellationToken.None);
        await output.WriteLineAsync($"conversation states removed: {report.StateKeys.Count}");
        foreach (var key in report.StateKeys) await output.WriteLineAsync($"  {key}");
        await output.WriteLineAsync($"conversation references removed: {report.ReferenceKeys.Count}");
        foreach (var key in report.ReferenceKeys) await output.WriteLineAsync($"  {key}");
        await output.WriteLineAsync($"tickets they asked, deleted: {report.TicketsDeleted.Count}{Ids(report.TicketsDeleted)}");
        await output.WriteLineAsync($"tickets they picked up, name and id removed: {report.PickerNamesRemoved.Count}{Ids(report.PickerNamesRemoved)}");
        await output.WriteLineAsync($"personal chats stored before references carried a user id, not tied to anyone: {report.UnattributedReferences}");
        if (report.UnattributedReferences > 0)
            await output.WriteLineAsync("  neither their reference nor their state names the employee, so this employee's cannot be told apart; each gets its "
                + "user's id at that employee's next message, and the rest go after Retention:ConversationReferences.");
        await output.WriteLineAsync("usage events: carry no user id, so collected question texts cannot be attributed to anyone; they are cleared after Retention:UsageQuestions.");
        return 0;
    }

    private static async Task<int> SweepAsync(string[] settings, TextWriter output)
    {
        await using var app = PolicyBotApp.Build([.. settings, BotCommands.LocalTool], BotCommands.QuietLogging);
        var swept = await app.Services.GetRequiredService<RetentionSweeper>().SweepAsync(CancellationToken.None);
        await output.WriteLineAsync($"conversation states removed: {swept.StateKeys.Count}, references removed: {swept.ReferenceKeys.Count}, "
            + $"tickets deleted: {swept.TicketIds.Count}, collected questions cleared: {swept.UsageQuestions}");
        return 0;
    }

    private static string Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? "" : " (" + string.Join(", ", ids) + ")";
}
