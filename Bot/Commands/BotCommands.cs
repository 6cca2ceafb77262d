using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Bot.Commands;

/// <summary>The command-line verbs beside running the bot: <c>chat</c>, <c>eval</c>, <c>package</c>, <c>check</c>, <c>insights</c> and <c>record</c>.</summary>
public static class BotCommands
{
    public static Func<string[], Task<int>>? Find(string verb) => verb switch
    {
        "chat" => ChatAsync,
        "eval" => EvaluateAsync,
        "package" => Packaging.PackageCommand.RunAsync,
        "check" => CheckCommand.RunAsync,
        "insights" => InsightsCommand.RunAsync,
        "record" => RecordCommand.RunAsync,
        _ => null,
    };

    /// <summary><c>chat [--locale nl-NL]</c>: the dialogs in the terminal, with the configured content.</summary>
    private static async Task<int> ChatAsync(string[] args)
    {
        var locale = Option(args, "--locale");
        await using var app = PolicyBotApp.Build([.. args.Where(a => a != "--locale" && a != locale), "--Storage:Provider=memory"], QuietLogging);
        var bot = app.Services.GetRequiredService<IBot>();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        return await new TerminalChat(bot, Console.In, Console.Out, echoInput: Console.IsInputRedirected).RunAsync(locale, cancel.Token);
    }

    /// <summary><c>eval [questions.yaml]</c>: the recognizer's accuracy on a labelled set (default: the bundled one).</summary>
    private static async Task<int> EvaluateAsync(string[] args)
    {
        await using var app = PolicyBotApp.Build([.. args.Skip(1), "--Storage:Provider=memory"], QuietLogging);
        var path = args.FirstOrDefault() ?? Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "tests", "PolicyBot.Tests", "Evaluation", "questions.yaml");
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"No evaluation set at {Path.GetFullPath(path)}; pass its path: eval <questions.yaml>");
            return 2;
        }
        var snapshot = app.Services.GetRequiredService<IContentProvider>().Current;
        var questions = EvaluationSet.Load(path);
        var (dev, heldOut) = EvaluationSplit.Split(questions);
        var report = RecognizerEvaluation.Run(snapshot.Recognizer, questions);
        Console.WriteLine($"development half: {RecognizerEvaluation.Run(snapshot.Recognizer, dev).InScope} in scope; held-out half: {RecognizerEvaluation.Run(snapshot.Recognizer, heldOut).InScope} in scope");
        Console.WriteLine(report);
        return 0;
    }

    /// <summary>Only errors, and on stderr, so the conversation on stdout stays clean (also when piped).</summary>
    internal static void QuietLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Error);
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
