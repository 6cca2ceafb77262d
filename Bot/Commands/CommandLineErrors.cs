using System.CommandLine;
using System.CommandLine.Help;

namespace PolicyBot.Bot.Commands;

/// <summary>What a wrong command line gets: each problem, then the verbs or the options it could have named.</summary>
internal static class CommandLineErrors
{
    public static string Describe(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var isRoot = command is RootCommand;
        // "Required command was not provided" only restates the unknown verb beside it.
        var problems = result.Errors.Select(e => e.Message).Where(m => !(isRoot && result.UnmatchedTokens.Count > 0 && m.StartsWith("Required command", StringComparison.Ordinal)));
        var lines = new List<string>(problems);
        if (isRoot)
        {
            lines.Add("Commands: " + string.Join(", ", command.Subcommands.Select(c => c.Name)) + ".");
            lines.Add("Without a command the bot runs; it takes only configuration arguments (--urls <url>, --Key=value). See --help.");
        }
        else
        {
            var options = command.Options.Where(o => o is not HelpOption).Select(o => o.HelpName is { } value ? $"{o.Name} <{value}>" : o.Name);
            var arguments = command.Arguments.Select(a => a.HelpName == "settings" ? "--Key=value settings" : $"<{a.Name}>");
            lines.Add($"{command.Name} takes: " + string.Join(", ", options.Concat(arguments).Append("--help")) + $". See {command.Name} --help.");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
