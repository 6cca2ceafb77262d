using System.CommandLine;
using System.CommandLine.Invocation;

namespace PolicyBot.Bot.Commands;

/// <summary>
/// The command line (System.CommandLine): the verbs beside running the bot, each with <c>--help</c>. With no arguments,
/// or only configuration arguments (<c>--urls …</c>, <c>--Bot:AllowAnonymous=true</c>), Program.cs runs the bot.
/// </summary>
public static class BotCommands
{
    /// <summary>Exit code of a command line that names no verb or option there is (as POSIX tools do).</summary>
    public const int UsageError = 2;

    /// <summary>
    /// The verbs build the app but serve nobody (or only themselves on loopback): without credentials they are anonymous
    /// on purpose, in any environment.
    /// </summary>
    internal const string LocalTool = "--Bot:AllowAnonymous=true";

    private static readonly HashSet<string> HelpTokens = ["--help", "-h", "-?", "/h", "/?", "--version"];

    public static RootCommand Create() => new RootCommand("PolicyBot, the social media policy bot for Microsoft Teams. Without a command it runs "
        + "the bot (the web server); configuration arguments such as --urls http://localhost:3978, --environment Production or "
        + "--Bot:AllowAnonymous=true go to the bot as to any ASP.NET Core app.")
    {
        ChatCommand.Create(),
        CheckCommand.Create(),
        ContentCommand.Create(),
        EvalCommand.Create(),
        InsightsCommand.Create(),
        PackageCommand.Create(),
        RecordCommand.Create(),
        ForgetCommand.Create(),
        ForgetCommand.CreateSweep(),
    }.Named("PolicyBot.Bot");

    // The usage lines name the bot's assembly, also when a test host parses the command line.
    private static RootCommand Named(this RootCommand root, string name)
    {
        root.HelpName = name;
        return root;
    }

    /// <summary>Runs the bot until it is stopped: 0, or 1 with what to change (no stack trace) for a configuration it must not run with.</summary>
    public static async Task<int> RunBotAsync(string[] args)
    {
        try
        {
            await PolicyBotApp.Build(args).RunAsync();
            return 0;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("PolicyBot did not start: " + string.Join(Environment.NewLine, ex.Failures));
            return 1;
        }
    }

    /// <summary>
    /// Whether <paramref name="args"/> mean "run the bot": none, or only configuration as ASP.NET Core reads it
    /// (<c>--Key=value</c>, <c>--Key value</c>, <c>/Key=value</c>, <c>Key=value</c>). A verb, <c>--help</c>, a lone
    /// <c>--option</c> or a stray word goes to the command line, which names the valid choices.
    /// </summary>
    public static bool RunsTheBot(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (HelpTokens.Contains(token)) return false;
            if (token.IndexOf('=', StringComparison.Ordinal) > 0) continue;
            var isKey = (token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2) || (token.StartsWith('/') && token.Length > 1);
            if (!isKey || i + 1 >= args.Count || HelpTokens.Contains(args[i + 1])) return false;
            i++;
        }
        return true;
    }

    /// <summary>Parses and runs a verb; a command line with errors gets them, the valid choices and exit code 2.</summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = Create().Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var invocation = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            // As before System.CommandLine: a failing verb throws (with its stack trace), and chat handles Ctrl+C itself.
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        if (result.Action is not ParseErrorAction) return await result.InvokeAsync(invocation);

        await invocation.Error.WriteLineAsync(CommandLineErrors.Describe(result));
        return UsageError;
    }

    /// <summary>Only errors, and on stderr, so the conversation on stdout stays clean (also when piped).</summary>
    internal static void QuietLogging(WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Error);
    }
}
