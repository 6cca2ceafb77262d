using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Turns;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Bot.Commands;

/// <summary>The command-line verbs beside running the bot: <c>chat</c>, <c>eval</c>, <c>package</c>, <c>check</c>, <c>insights</c>, <c>record</c>, <c>forget</c> and <c>sweep</c>.</summary>
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
        "forget" => ForgetCommand.RunAsync,
        "sweep" => ForgetCommand.SweepAsync,
        _ => null,
    };

    /// <summary>
    /// The verbs build the app but serve nobody (or only themselves on loopback): without credentials they are anonymous
    /// on purpose, in any environment.
    /// </summary>
    internal const string LocalTool = "--Bot:AllowAnonymous=true";

    /// <summary><c>chat [--locale nl-NL]</c>: the dialogs in the terminal, with the configured content.</summary>
    private static async Task<int> ChatAsync(string[] args)
    {
        var locale = Option(args, "--locale");
        await using var app = PolicyBotApp.Build([.. args.Where(a => a != "--locale" && a != locale), "--Storage:Provider=memory", LocalTool], QuietLogging);
        var bot = app.Services.GetRequiredService<IBot>();
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
        return await new TerminalChat(bot, Console.In, Console.Out, echoInput: Console.IsInputRedirected).RunAsync(locale, cancel.Token);
    }

    /// <summary>
    /// <c>eval [questions.yaml …] [--set Option=value …]</c>: the recognizer's accuracy. Without files: the blind set
    /// (figures only: its misses are never shown, so nobody tunes on them), the development sets (with their misses)
    /// and a cross-validation over the trigger phrases. <c>--set</c> tries other <see cref="TopicRecognizerOptions"/>.
    /// </summary>
    private static async Task<int> EvaluateAsync(string[] args)
    {
        var overrides = args.Select((a, i) => (a, i)).Where(p => p.a == "--set" && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToList();
        var files = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--set")).ToList();
        await using var app = PolicyBotApp.Build(["--Storage:Provider=memory", LocalTool], QuietLogging);
        var content = app.Services.GetRequiredService<IContentProvider>().Current.Content;
        if (RecognizerOptions(overrides) is not { } options)
        {
            await Console.Error.WriteLineAsync($"--set takes Name=value (Classifier.Name=value), names of {nameof(TopicRecognizerOptions)}; not: {string.Join(' ', overrides)}");
            return 2;
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var recognizer = new TopicRecognizer(content, options);
        Console.WriteLine($"recognizer built in {watch.Elapsed.TotalMilliseconds:0} ms, cold (indexes and classifier; `micro` measures it properly)");
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "tests", "PolicyBot.Tests", "Evaluation");
        if (files.Count > 0)
        {
            foreach (var file in files)
            {
                if (!File.Exists(file))
                {
                    await Console.Error.WriteLineAsync($"No evaluation set at {Path.GetFullPath(file)}");
                    return 2;
                }
                Console.WriteLine($"== {file}");
                Console.WriteLine(RecognizerEvaluation.Run(recognizer, EvaluationSet.Load(file)));
            }
            return 0;
        }

        var blind = Path.Combine(folder, "blind.yaml");
        var development = new[] { "questions.yaml", "development-2.yaml", "development-3.yaml" }.Select(f => Path.Combine(folder, f)).Where(File.Exists).ToList();
        if (!File.Exists(blind) || development.Count == 0)
        {
            await Console.Error.WriteLineAsync($"No evaluation sets in {Path.GetFullPath(folder)}; pass a file: eval <questions.yaml>");
            return 2;
        }
        var developmentReport = RecognizerEvaluation.Run(recognizer, development.SelectMany(EvaluationSet.Load));
        var crossValidation = RecognizerCrossValidation.Run(content, c => new TopicRecognizer(c, options));
        if (args.Contains("--development-only"))
        {
            // For trying settings: the blind set is not even read, so a sweep cannot pick what suits it.
            foreach (var file in development)
                Console.WriteLine($"{Path.GetFileName(file),-33} {RecognizerEvaluation.Run(recognizer, EvaluationSet.Load(file)).Summary}");
            Console.WriteLine($"cross-validation, trigger phrases {crossValidation.Summary}");
            return 0;
        }
        var blindReport = RecognizerEvaluation.Run(recognizer, EvaluationSet.Load(blind));
        Console.WriteLine($"blind set (never tuned on)        {blindReport.Summary}");
        Console.WriteLine($"development sets                  {developmentReport.Summary}");
        Console.WriteLine($"cross-validation, trigger phrases {crossValidation.Summary}");
        Console.WriteLine();
        Console.WriteLine("== blind set (figures only)");
        Console.WriteLine(blindReport with { Misclassified = [] });
        Console.WriteLine("== development sets");
        Console.WriteLine(developmentReport);
        Console.WriteLine("== cross-validation over the trigger phrases (5 folds)");
        Console.WriteLine(crossValidation with { Misclassified = [] });
        return 0;
    }

    /// <summary><c>--set Name=value</c> pairs bound onto the default options like any configuration; null when one is not an option.</summary>
    private static TopicRecognizerOptions? RecognizerOptions(List<string> overrides)
    {
        var pairs = overrides.Select(o => o.Split('=', 2)).ToList();
        if (pairs.Any(p => p.Length != 2)) return null;
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(pairs.Select(p => KeyValuePair.Create(p[0].Trim().Replace('.', ':'), (string?)p[1])))
            .Build();
        try
        {
            return settings.Get<TopicRecognizerOptions>(binder => binder.ErrorOnUnknownConfiguration = true) ?? TopicRecognizerOptions.Default;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
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
