using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PolicyBot.Bot.Commands;

/// <summary>The options and arguments the <c>content</c> verbs share: the message, the author, a version number.</summary>
internal static class ContentCommandOptions
{
    internal static Option<string> MessageOption()
    {
        var message = new Option<string>("--message", "-m") { Required = true, HelpName = "text", Description = "What changed and why, for the history" };
        message.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>())) result.AddError("--message needs a text: what changed and why.");
        });
        return message;
    }

    internal static Option<string?> AuthorOption() =>
        new("--author") { HelpName = "name", Description = "Who publishes (default: the user name of this session), e.g. an Entra id or e-mail" };

    internal static string Author(string? given) => string.IsNullOrWhiteSpace(given) ? Environment.UserName : given.Trim();

    internal static Argument<int> VersionArgument(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            if (int.TryParse(result.Tokens.Single().Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1) return n;
            result.AddError($"{name} is a version number, 1 or more; not '{result.Tokens.Single().Value}'.");
            return 0;
        },
    };

    internal static string? Skip(ArgumentResult result)
    {
        result.OnlyTake(0);
        return null;
    }
}
