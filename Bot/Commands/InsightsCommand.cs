using System.CommandLine;
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

    public static Command Create()
    {
        var weeks = new Option<int>("--weeks")
        {
            HelpName = "N",
            DefaultValueFactory = _ => 8,
            CustomParser = result =>
            {
                if (int.TryParse(result.Tokens.Single().Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxWeeks) return n;
                result.AddError($"--weeks takes a whole number of weeks, 1 to {MaxWeeks}; not '{result.Tokens.Single().Value}'.");
                return 0;
            },
            Description = $"How many ISO weeks back, this one included (1 to {MaxWeeks})",
        };
        var review = new Option<bool>("--review") { Description = "List the collected questions (Insights:CollectUnmatchedQuestions) as candidate trigger phrases" };
        var settings = CommandSettings.Create();
        var command = new Command("insights", "What people ask, per ISO week and topic: answers, suggestions, unmatched questions, hand-offs and ratings (counts only).")
        {
            weeks, review, settings,
        };
        command.SetAction(result => RunAsync(result.GetValue(weeks), result.GetValue(review), result.GetValue(settings) ?? [], result.InvocationConfiguration.Output));
        return command;
    }

    private static async Task<int> RunAsync(int weeks, bool review, string[] settings, TextWriter output)
    {
        await using var app = PolicyBotApp.Build([.. settings, BotCommands.LocalTool], BotCommands.QuietLogging);
        var store = app.Services.GetRequiredService<IUsageStore>();
        var range = InsightsReport.LastWeeks(app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), weeks);
        var records = await store.ListAsync(range[0], CancellationToken.None);
        await output.WriteAsync(review ? InsightsReport.Review(records, range) : InsightsReport.Build(records, range));
        return 0;
    }
}
