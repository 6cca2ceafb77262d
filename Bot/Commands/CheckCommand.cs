using System.CommandLine;
using PolicyBot.Bot.Hosting;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Checking;

namespace PolicyBot.Bot.Commands;

/// <summary>
/// <c>check [folder]</c>: validates the content (default: the folder the bot would use) and prints every error and
/// warning as <c>file:line:column: message</c>. Exit code 1 when there are errors, 0 otherwise.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("folder") { Arity = ArgumentArity.ZeroOrOne, Description = "The content folder (default: the one the bot would use)" };
        CommandSettings.RefuseOptions(folder);
        var command = new Command("check", "Check the content YAML as the bot would load it: every error and warning as file:line:column: message; exit code 1 when the bot would refuse it.")
        {
            folder,
        };
        command.SetAction(result => Run(result.GetValue(folder), result.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(string? folder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Report(Folder(folder), output).Succeeded ? 0 : 1;
    }

    /// <summary>The folder given, or the one the bot would use.</summary>
    public static string Folder(string? given) => given is not null
        ? CommandPaths.Resolve(given)
        : ContentOptions.Resolve(null, Directory.GetCurrentDirectory() is var cwd && Directory.Exists(Path.Combine(cwd, "Bot")) ? Path.Combine(cwd, "Bot") : cwd);

    /// <summary>Checks the folder and prints what <c>check</c> prints; <c>content publish</c> runs exactly this.</summary>
    public static ContentLoadResult Report(string folder, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = ContentCheck.Run(folder);
        output.WriteLine($"Checking {folder}");
        // Paths relative to the content folder, as the bot logs them: topics/privacy.yaml:12:15: message
        foreach (var error in result.Errors) output.WriteLine(error);
        foreach (var warning in result.Warnings) output.WriteLine(warning with { Message = "warning: " + warning.Message });
        var topics = result.Content?.Topics.Count ?? 0;
        output.WriteLine(result.Succeeded
            ? $"{topics} topics, no errors, {result.Warnings.Count} warnings"
            : $"{result.Errors.Count} errors, {result.Warnings.Count} warnings: the bot refuses this content and keeps its last good version");
        return result;
    }
}
