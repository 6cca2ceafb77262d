using System.Globalization;
using PolicyBot.Bot.Insights;

namespace PolicyBot.Bot.Commands;

/// <summary>
/// <c>insights [--weeks N] [--review]</c>: the usage report from the bot's store (default: the last 8 weeks), or with
/// <c>--review</c> the collected question texts as candidate trigger phrases.
/// </summary>
public static class InsightsCommand
{
    // Ten years: more is no report anyone reads, and far more would run the dates off the calendar.
    public const int MaxWeeks = 520;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>The command with its report written to <paramref name="output"/> and usage errors to <paramref name="error"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var weeks = 8;
        var index = Array.IndexOf(args, "--weeks");
        if (index >= 0 && (index + 1 >= args.Length || !int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out weeks) || weeks is < 1 or > MaxWeeks))
        {
            await error.WriteLineAsync($"usage: insights [--weeks N] [--review]   (N: a whole number of weeks, 1 to {MaxWeeks}; --review lists collected questions)");
            return 2;
        }
        var review = args.Contains("--review");
        var rest = (index >= 0 ? args.Where((_, i) => i != index && i != index + 1) : args).Where(a => a != "--review").ToArray();
        await using var app = PolicyBotApp.Build([.. rest, BotCommands.LocalTool], BotCommands.QuietLogging);
        var store = app.Services.GetRequiredService<IUsageStore>();
        var range = InsightsReport.LastWeeks(app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), weeks);
        var records = await store.ListAsync(range[0], CancellationToken.None);
        await output.WriteAsync(review ? InsightsReport.Review(records, range) : InsightsReport.Build(records, range));
        return 0;
    }
}
