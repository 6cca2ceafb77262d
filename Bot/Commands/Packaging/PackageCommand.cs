namespace PolicyBot.Bot.Commands.Packaging;

/// <summary>
/// <c>package --app-id &lt;guid&gt; --domain &lt;host&gt; [--out path] [--manifest folder]</c>: the Teams app zip. Values
/// not given as arguments come from configuration (appsettings.json, then environment variables such as
/// <c>MicrosoftAppId</c> and <c>TeamsApp__Domain</c>).
/// </summary>
public static class PackageCommand
{
    private static readonly Dictionary<string, string> Switches = new(StringComparer.Ordinal)
    {
        ["--app-id"] = "MicrosoftAppId",
        ["--domain"] = $"{TeamsAppOptions.Section}:Domain",
        ["--out"] = $"{TeamsAppOptions.Section}:Output",
        ["--manifest"] = $"{TeamsAppOptions.Section}:ManifestFolder",
    };

    public static Task<int> RunAsync(string[] args)
    {
        IConfiguration configuration;
        try
        {
            configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine(args, Switches)
                .Build();
        }
        catch (FormatException ex)
        {
            return Usage(ex.Message);
        }
        var options = configuration.GetSection(TeamsAppOptions.Section).Get<TeamsAppOptions>() ?? new TeamsAppOptions();
        var appId = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(appId) || string.IsNullOrWhiteSpace(options.Domain))
            return Usage("both an app id and a domain are needed.");

        var errors = TeamsAppPackager.Build(options.ManifestFolder, appId.Trim(), options.Domain.Trim(), options.Output);
        if (errors.Count > 0)
        {
            Console.Error.WriteLine($"The Teams app package is not valid ({errors.Count} problem(s)); nothing usable was written:");
            foreach (var error in errors) Console.Error.WriteLine("  " + error);
            return Task.FromResult(1);
        }
        Console.WriteLine($"Wrote {Path.GetFullPath(options.Output)}: valid; upload it in Teams (Apps > Manage your apps > Upload an app) or the Teams admin center.");
        return Task.FromResult(0);
    }

    private static Task<int> Usage(string problem)
    {
        Console.Error.WriteLine($"package: {problem}");
        Console.Error.WriteLine("usage: package --app-id <guid> --domain <host> [--out policybot-teams.zip] [--manifest <folder>]");
        Console.Error.WriteLine("       (or set MicrosoftAppId and TeamsApp__Domain in the environment)");
        return Task.FromResult(2);
    }
}
