using System.CommandLine;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Snapshots;
using PolicyBot.Dialogs.Policy;
using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Bot.Commands;

/// <summary><c>eval</c>: how well the recognizer understands questions.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var files = new Argument<List<string>>("questions.yaml")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Labelled question sets to score, with their misses (default: the blind sets, figures only, the development sets and a cross-validation)",
        };
        CommandSettings.RefuseOptions(files);
        var developmentOnly = new Option<bool>("--development-only") { Description = "Score the development sets and the cross-validation only; the blind set is not even read" };
        var figuresOnly = new Option<bool>("--figures-only") { Description = "For the files given: the figures without the questions missed, so a held-out set can be scored without being learnt from" };
        var oneConversation = new Option<bool>("--one-conversation")
        {
            Description = "For the files given: score what the bot's turn did with each question, all typed into one conversation after its welcome, as a tester pastes a list",
        };
        var set = new Option<List<string>>("--set")
        {
            HelpName = "Name=value",
            Description = $"Try another {nameof(TopicRecognizerOptions)} setting (Classifier.Name=value for the classifier's); repeat for more",
        };
        var command = new Command("eval", "Measure how well the bot recognizes questions: top-1 accuracy, suggestions and unrelated questions answered.")
        {
            files, developmentOnly, figuresOnly, oneConversation, set,
        };
        command.SetAction(result => RunAsync(
            result.GetValue(files) ?? [], result.GetValue(set) ?? [], result.GetValue(developmentOnly), result.GetValue(figuresOnly),
            result.GetValue(oneConversation), result.InvocationConfiguration));
        return command;
    }

    /// <summary>
    /// <c>eval [questions.yaml …] [--set Option=value …]</c>: the recognizer's accuracy. Without files: the blind set
    /// (figures only: its misses are never shown, so nobody tunes on them), the development sets (with their misses)
    /// and a cross-validation over the trigger phrases. <c>--set</c> tries other <see cref="TopicRecognizerOptions"/>.
    /// </summary>
    private static async Task<int> RunAsync(
        List<string> files, List<string> overrides, bool developmentOnly, bool figuresOnly, bool oneConversation, InvocationConfiguration console)
    {
        var (output, error) = (console.Output, console.Error);
        if (files.Count == 0 && (figuresOnly || oneConversation))
        {
            // Without files the blind set is figures only and every set is also scored in one conversation already.
            await error.WriteLineAsync("--figures-only and --one-conversation apply to the files given: eval <questions.yaml> --figures-only");
            return 2;
        }
        if (files.Count > 0 && developmentOnly)
        {
            await error.WriteLineAsync("--development-only applies without files (the development sets); a file given is scored as it is");
            return 2;
        }
        await using var app = PolicyBotApp.Build(["--Storage:Provider=memory", BotCommands.LocalTool], BotCommands.QuietLogging);
        var content = app.Services.GetRequiredService<IContentProvider>().Current.Content;
        if (RecognizerOptions(overrides) is not { } options)
        {
            await error.WriteLineAsync($"--set takes Name=value (Classifier.Name=value), names of {nameof(TopicRecognizerOptions)}; not: {string.Join(' ', overrides)}");
            return 2;
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var recognizer = new TopicRecognizer(content, options);
        output.WriteLine($"recognizer built in {watch.Elapsed.TotalMilliseconds:0} ms, cold (indexes and classifier; `micro` measures it properly)");
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "tests", "PolicyBot.Tests", "Evaluation");
        if (files.Count > 0)
        {
            foreach (var file in files)
            {
                if (!File.Exists(file))
                {
                    await error.WriteLineAsync($"No evaluation set at {Path.GetFullPath(file)}");
                    return 2;
                }
                IReadOnlyList<LabelledQuestion> questions;
                try
                {
                    questions = EvaluationSet.Load(file);
                }
                catch (FormatException e)
                {
                    await error.WriteLineAsync(e.Message);
                    return 2;
                }
                if (UnknownTopics(questions, content) is { Count: > 0 } unknown)
                {
                    await error.WriteLineAsync($"{file}: no such topic: {string.Join(", ", unknown)} (an unrelated question has topic: null)");
                    return 1;
                }
                var report = oneConversation
                    ? await ConversationEvaluation.RunAsync(content, recognizer, questions, oneConversation: true)
                    : RecognizerEvaluation.Run(recognizer, questions);
                output.WriteLine($"== {file}{(oneConversation ? ", typed into one conversation" : "")}");
                output.WriteLine(figuresOnly ? report.FiguresOnly() : report);
            }
            return 0;
        }

        var blind = Path.Combine(folder, EvaluationSet.BlindFile);
        var development = EvaluationSet.DevelopmentFiles.Select(f => Path.Combine(folder, f)).Where(File.Exists).ToList();
        if (!File.Exists(blind) || development.Count == 0)
        {
            await error.WriteLineAsync($"No evaluation sets in {Path.GetFullPath(folder)}; pass a file: eval <questions.yaml>");
            return 2;
        }
        var developmentSets = development.Select(EvaluationSet.Load).ToList();
        var developmentReport = RecognizerEvaluation.Run(recognizer, developmentSets.SelectMany(q => q));
        // As a tester meets the bot: each set typed into one conversation, where a question can land in a check an
        // earlier one started (pooled over the sets, each in a conversation of its own).
        var developmentChat = await ConversationEvaluation.RunAsync(content, recognizer, developmentSets);
        var crossValidation = RecognizerCrossValidation.Run(content, c => new TopicRecognizer(c, options));
        if (developmentOnly)
        {
            // For trying settings: the blind set is not even read, so a sweep cannot pick what suits it.
            for (var i = 0; i < development.Count; i++)
                output.WriteLine($"{Path.GetFileName(development[i]),-35} {RecognizerEvaluation.Run(recognizer, developmentSets[i]).Summary}");
            output.WriteLine($"development sets, one conversation  {developmentChat.Summary}");
            output.WriteLine($"cross-validation, trigger phrases   {crossValidation.Summary}");
            return 0;
        }
        var blindSet = EvaluationSet.Load(blind);
        var blindReport = RecognizerEvaluation.Run(recognizer, blindSet);
        var blindChat = await ConversationEvaluation.RunAsync(content, recognizer, blindSet, oneConversation: true);
        var freshSets = EvaluationSet.FreshBlindFiles.Select(f => Path.Combine(folder, f)).Where(File.Exists).Select(f => (File: Path.GetFileName(f), Questions: EvaluationSet.Load(f))).ToList();
        var freshReport = freshSets.Count > 0 ? RecognizerEvaluation.Run(recognizer, freshSets.SelectMany(s => s.Questions)) : null;
        if (freshReport is not null) output.WriteLine($"fresh blind sets, pooled            {freshReport.Summary}");
        foreach (var (file, questions) in freshSets)
            output.WriteLine($"  {file,-34}{RecognizerEvaluation.Run(recognizer, questions).Summary}");
        output.WriteLine($"blind set (never tuned on)          {blindReport.Summary}");
        output.WriteLine($"blind set, one conversation         {blindChat.Summary}");
        output.WriteLine($"development sets                    {developmentReport.Summary}");
        output.WriteLine($"development sets, one conversation  {developmentChat.Summary}");
        output.WriteLine($"cross-validation, trigger phrases   {crossValidation.Summary}");
        output.WriteLine();
        if (freshReport is not null)
        {
            output.WriteLine($"== fresh blind sets, pooled: {string.Join(", ", freshSets.Select(s => s.File))} (figures only)");
            output.WriteLine(freshReport.FiguresOnly());
        }
        output.WriteLine("== blind set (figures only)");
        output.WriteLine(blindReport.FiguresOnly());
        output.WriteLine("== development sets");
        output.WriteLine(developmentReport);
        output.WriteLine("== cross-validation over the trigger phrases (5 folds)");
        output.WriteLine(crossValidation.FiguresOnly());
        return 0;
    }

    /// <summary>Topic ids a set names that the content does not have: a typo there would score as a miss, silently.</summary>
    private static List<string> UnknownTopics(IEnumerable<LabelledQuestion> questions, PolicyContent content) =>
        questions.Select(q => q.Topic).OfType<string>().Distinct().Where(id => content.Topic(id) is null).Order(StringComparer.Ordinal).ToList();

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
}
