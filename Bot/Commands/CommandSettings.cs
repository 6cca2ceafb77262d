using System.CommandLine;

namespace PolicyBot.Bot.Commands;

/// <summary>
/// Configuration a verb hands to the app it builds, as <c>--Key=value</c> arguments (<c>--Storage:SqlitePath=bot.db</c>,
/// <c>--Content:Path=…</c>): the same keys as appsettings.json, read by ASP.NET Core's command-line provider.
/// </summary>
internal static class CommandSettings
{
    public static Argument<string[]> Create()
    {
        var settings = new Argument<string[]>("settings")
        {
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "settings",
            Description = "Configuration for the bot as --Key=value, keys as in appsettings.json, e.g. --Storage:SqlitePath=data/policybot.db",
        };
        settings.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !IsSetting(t.Value)))
                result.AddError($"Unrecognized option or argument '{token.Value}' (a setting is --Key=value).");
        });
        return settings;
    }

    public static bool IsSetting(string token) =>
        token.StartsWith("--", StringComparison.Ordinal) && token.IndexOf('=', StringComparison.Ordinal) > 2;

    /// <summary>A positional argument that must not be an option: a mistyped <c>--flag</c> is reported, not taken as a path.</summary>
    public static void RefuseOptions(Argument argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
                result.AddError($"Unrecognized option '{token.Value}'.");
        });
    }
}
