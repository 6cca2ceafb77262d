using System.CommandLine;
using PolicyBot.Bot.Commands.Packaging;

namespace PolicyBot.Bot.Commands;

/// <summary>
/// <c>package --app-id &lt;guid&gt; --domain &lt;host&gt; [--out path] [--manifest folder]</c>: the Teams app zip. Values
/// not given as arguments come from configuration (appsettings.json, then environment variables such as
/// <c>MicrosoftAppId</c> and <c>TeamsApp__Domain</c>, then <c>--Key=value</c> settings).
/// </summary>
public static class PackageCommand
{
    public static Command Create()
    {
        var appId = new Option<string?>("--app-id") { HelpName = "guid", Description = "The bot's Microsoft App ID (default: MicrosoftAppId)" };
        var domain = new Option<string?>("--domain") { HelpName = "host", Description = "The bot's public host name, e.g. policybot.azurewebsites.net (default: TeamsApp:Domain)" };
        var output = new Option<string?>("--out") { HelpName = "path", Description = "Where the zip goes (default: policybot-teams.zip)" };
        var manifest = new Option<string?>("--manifest") { HelpName = "folder", Description = "The manifest template folder (default: the copy beside the bot)" };
        var settings = CommandSettings.Create();
        var command = new Command("package", "Build the Teams app package (manifest, icons, Dutch translation) for this bot and check it against the vendored Teams schema.")
        {
            appId, domain, output, manifest, settings,
        };
        command.SetAction(result =>
        {
            Dictionary<string, string?> given = new()
            {
                ["MicrosoftAppId"] = result.GetValue(appId),
                [$"{TeamsAppOptions.Section}:Domain"] = result.GetValue(domain),
                [$"{TeamsAppOptions.Section}:Output"] = result.GetValue(output),
                [$"{TeamsAppOptions.Section}:ManifestFolder"] = result.GetValue(manifest),
            };
            return Run(given.Where(g => g.Value is not null), result.GetValue(settings) ?? [], result.InvocationConfiguration);
        });
        return command;
    }

    private static int Run(IEnumerable<KeyValuePair<string, string?>> given, string[] settings, InvocationConfiguration console)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settings)
            .AddInMemoryCollection(given)
            .Build();
        var options = configuration.GetSection(TeamsAppOptions.Section).Get<TeamsAppOptions>() ?? new TeamsAppOptions();
        var appId = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(appId) || string.IsNullOrWhiteSpace(options.Domain))
        {
            console.Error.WriteLine("package: both an app id and a domain are needed: --app-id <guid> --domain <host>, or MicrosoftAppId and TeamsApp__Domain in the environment.");
            return BotCommands.UsageError;
        }

        var errors = TeamsAppPackager.Build(options.ManifestFolder, appId.Trim(), options.Domain.Trim(), options.Output);
        if (errors.Count > 0)
        {
            console.Error.WriteLine($"The Teams app package is not valid ({errors.Count} problem(s)); nothing usable was written:");
            foreach (var error in errors) console.Error.WriteLine("  " + error);
            return 1;
        }
        console.Output.WriteLine($"Wrote {Path.GetFullPath(options.Output)}: valid; upload it in Teams (Apps > Manage your apps > Upload an app) or the Teams admin center.");
        return 0;
    }
}
