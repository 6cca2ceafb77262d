using System.CommandLine;
using PolicyBot.Bot.Publishing;
using PolicyBot.Bot.State;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;
using static PolicyBot.Bot.Commands.ContentCommandOptions;

namespace PolicyBot.Bot.Commands;

/// <summary>
/// <c>content publish|versions|diff|rollback|export</c>: the content versions in the bot's store (the SQLite file, or
/// the shared PostgreSQL database with the same <c>--Storage:*</c> settings as the bot). Every running instance switches
/// to a newly published version within seconds (<c>Content:PollInterval</c>).
/// </summary>
public static class ContentCommand
{
    public static Command Create() => new("content", "Publish the content to every running bot through its store, list the versions, compare, roll back, export.")
    {
        Publish(), Versions(), Diff(), Rollback(), Export(),
    };

    private static Command Publish()
    {
        var folder = new Argument<string?>("folder")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The content folder (default: the one the bot would use, as for check)",
            // an optional path before the settings: a --Key=value is a setting, not the folder
            CustomParser = result => result.Tokens.Count > 0 && CommandSettings.IsSetting(result.Tokens[0].Value) ? Skip(result) : result.Tokens.FirstOrDefault()?.Value,
        };
        folder.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault()?.Value is { } token && token.StartsWith('-') && !CommandSettings.IsSetting(token))
                result.AddError($"Unrecognized option '{token}'.");
        });
        var (message, author, settings) = (MessageOption(), AuthorOption(), CommandSettings.Create());
        var command = new Command("publish", "Check the folder exactly as check does and, when the bot would load it, store it as the next version: "
            + "every bot on this store runs it within seconds. With errors nothing is stored (exit code 1).")
        {
            folder, message, author, settings,
        };
        command.SetAction(result => PublishAsync(CheckCommand.Folder(result.GetValue(folder)), result.GetValue(message)!, Author(result.GetValue(author)),
            result.GetValue(settings) ?? [], result.InvocationConfiguration.Output));
        return command;
    }

    private static Command Versions()
    {
        var settings = CommandSettings.Create();
        var command = new Command("versions", "List the stored content versions: number, time (UTC), author, message, and which one runs.") { settings };
        command.SetAction(result => VersionsAsync(result.GetValue(settings) ?? [], result.InvocationConfiguration.Output));
        return command;
    }

    private static Command Diff()
    {
        var (from, to, settings) = (VersionArgument("A", "The older version"), VersionArgument("B", "The newer version"), CommandSettings.Create());
        var command = new Command("diff", "Show what changed from version A to version B, as a unified diff per file.") { from, to, settings };
        command.SetAction(result => DiffAsync(result.GetValue(from), result.GetValue(to), result.GetValue(settings) ?? [], result.InvocationConfiguration.Output));
        return command;
    }

    private static Command Rollback()
    {
        var (number, message, author, settings) = (VersionArgument("N", "The version whose files to publish again"), MessageOption(), AuthorOption(), CommandSettings.Create());
        var command = new Command("rollback", "Publish version N's files again as a new version (history is never rewritten); every bot switches within seconds.")
        {
            number, message, author, settings,
        };
        command.SetAction(result => RollbackAsync(result.GetValue(number), result.GetValue(message)!, Author(result.GetValue(author)),
            result.GetValue(settings) ?? [], result.InvocationConfiguration.Output));
        return command;
    }

    private static Command Export()
    {
        var (number, folder, settings) = (VersionArgument("N", "The version to export"), new Argument<string>("folder") { Description = "A new or empty folder" }, CommandSettings.Create());
        CommandSettings.RefuseOptions(folder);
        var command = new Command("export", "Write version N's files into a new or empty folder (to check, edit or commit them).") { number, folder, settings };
        command.SetAction(result => ExportAsync(result.GetValue(number), CommandPaths.Resolve(result.GetValue(folder)!), result.GetValue(settings) ?? [], result.InvocationConfiguration.Output));
        return command;
    }

    private static async Task<int> PublishAsync(string folder, string message, string author, string[] settings, TextWriter output)
    {
        if (!CheckCommand.Report(folder, output).Succeeded)
        {
            await output.WriteLineAsync("Nothing was published.");
            return 1;
        }
        var files = ContentLoader.ReadFiles(folder, out _);
        await using var app = BuildStore(settings);
        var (version, errors) = await app.Services.GetRequiredService<ContentPublisher>().PublishAsync(files, author, message, ContentVersionInfo.Publish, CancellationToken.None);
        return await ReportPublishedAsync(version, errors, output);
    }

    private static async Task<int> RollbackAsync(int number, string message, string author, string[] settings, TextWriter output)
    {
        await using var app = BuildStore(settings);
        if (await app.Services.GetRequiredService<ContentPublisher>().RollbackAsync(number, author, message, CancellationToken.None) is not { } outcome)
            return await NoSuchVersionAsync(number, output);
        return await ReportPublishedAsync(outcome.Version, outcome.Errors, output);
    }

    private static async Task<int> VersionsAsync(string[] settings, TextWriter output)
    {
        await using var app = BuildStore(settings);
        var versions = await app.Services.GetRequiredService<IContentVersionStore>().ListAsync(CancellationToken.None);
        await output.WriteAsync(ContentVersionsReport.Table(versions));
        return 0;
    }

    private static async Task<int> DiffAsync(int from, int to, string[] settings, TextWriter output)
    {
        await using var app = BuildStore(settings);
        var store = app.Services.GetRequiredService<IContentVersionStore>();
        if (await store.GetAsync(from, CancellationToken.None) is not { } older) return await NoSuchVersionAsync(from, output);
        if (await store.GetAsync(to, CancellationToken.None) is not { } newer) return await NoSuchVersionAsync(to, output);
        await output.WriteAsync(ContentVersionsReport.Diff(older, newer));
        return 0;
    }

    private static async Task<int> ExportAsync(int number, string folder, string[] settings, TextWriter output)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            await output.WriteLineAsync($"{folder} is not empty; export writes into a new or empty folder only.");
            return 1;
        }
        await using var app = BuildStore(settings);
        if (await app.Services.GetRequiredService<IContentVersionStore>().GetAsync(number, CancellationToken.None) is not { } version)
            return await NoSuchVersionAsync(number, output);
        foreach (var file in version.Files)
        {
            var target = Path.GetFullPath(file.Path, folder);
            // a stored path is relative and inside the folder; anything else is not written
            if (!target.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllTextAsync(target, file.Text);
        }
        await output.WriteLineAsync($"Version {number}: {version.Files.Count} files written to {folder}");
        return 0;
    }

    private static async Task<int> ReportPublishedAsync(ContentVersionInfo? version, IReadOnlyList<ContentDiagnostic> errors, TextWriter output)
    {
        foreach (var error in errors) await output.WriteLineAsync(error.ToString());
        if (version is null)
        {
            await output.WriteLineAsync($"{errors.Count} errors: nothing was published.");
            return 1;
        }
        await output.WriteLineAsync($"Published version {version.Number} ({version.Kind}) by {version.Author}: every bot on this store switches to it within seconds.");
        return 0;
    }

    private static async Task<int> NoSuchVersionAsync(int number, TextWriter output)
    {
        await output.WriteLineAsync($"There is no content version {number}; content versions lists them.");
        return 1;
    }

    /// <summary>Only the store: the content commands load no content and start no bot.</summary>
    private static WebApplication BuildStore(string[] settings)
    {
        var builder = WebApplication.CreateBuilder([.. settings, "--hostBuilder:reloadConfigOnChange=false"]);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // errors, and the publish line with its author id, on stderr; the verb's report on stdout
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Error
            || (level >= LogLevel.Information && category == typeof(ContentPublisher).FullName));
        builder.Services.AddConversationStore();
        builder.Services.AddContentVersions();
        return builder.Build();
    }
}
