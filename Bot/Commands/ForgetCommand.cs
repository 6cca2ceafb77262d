using PolicyBot.Bot.Retention;

namespace PolicyBot.Bot.Commands;

/// <summary>
/// <c>forget --user &lt;id&gt;</c>: removes everything the bot's store holds about one employee (their Teams user id, e.g.
/// <c>29:1abc…</c>) and prints what it removed, by kind, as counts and ids (never texts). <c>sweep</c>: one retention
/// sweep now, as the running bot does every <see cref="RetentionOptions.SweepInterval"/>.
/// </summary>
public static class ForgetCommand
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var index = Array.IndexOf(args, "--user");
        if (index < 0 || index + 1 >= args.Length || string.IsNullOrWhiteSpace(args[index + 1]))
        {
            await error.WriteLineAsync("usage: forget --user <id>   (the employee's channel user id, e.g. 29:1abc… in Teams)");
            return 2;
        }
        var userId = args[index + 1];
        await using var app = PolicyBotApp.Build([.. args.Where((_, i) => i != index && i != index + 1), BotCommands.LocalTool], BotCommands.QuietLogging);
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

    /// <summary><c>sweep</c>: the retention sweep once, now; prints the counts.</summary>
    public static async Task<int> SweepAsync(string[] args)
    {
        await using var app = PolicyBotApp.Build([.. args, BotCommands.LocalTool], BotCommands.QuietLogging);
        var swept = await app.Services.GetRequiredService<RetentionSweeper>().SweepAsync(CancellationToken.None);
        Console.WriteLine($"conversation states removed: {swept.StateKeys.Count}, references removed: {swept.ReferenceKeys.Count}, "
            + $"tickets deleted: {swept.TicketIds.Count}, collected questions cleared: {swept.UsageQuestions}");
        return 0;
    }

    private static string Ids(IReadOnlyList<string> ids) => ids.Count == 0 ? "" : " (" + string.Join(", ", ids) + ")";
}
