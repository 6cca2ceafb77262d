using System.Globalization;
using PolicyBot.Bot.Insights;

namespace PolicyBot.Bot.Commands;

/// <summary><c>insights [--weeks N]</c>: the usage report from the bot's store (default: the last 8 weeks).</summary>
public static class InsightsCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var weeks = 8;
        var index = Array.IndexOf(args, "--weeks");
        if (index >= 0 && (index + 1 >= args.Length || !int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out weeks) || weeks < 1))
        {
            await Console.Error.WriteLineAsync("usage: insights [--weeks N]   (N: a whole number of weeks, 1 or more)");
            return 2;
        }
        var rest = index >= 0 ? args.Where((_, i) => i != index && i != index + 1).ToArray() : args;
        await using var app = PolicyBotApp.Build(rest, BotCommands.QuietLogging);
        var store = app.Services.GetRequiredService<IUsageStore>();
        var range = InsightsReport.LastWeeks(app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), weeks);
        var records = await store.ListAsync(range[0], CancellationToken.None);
        Console.Write(InsightsReport.Build(records, range));
        return 0;
    }
}
