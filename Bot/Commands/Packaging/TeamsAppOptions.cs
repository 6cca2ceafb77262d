namespace PolicyBot.Bot.Commands.Packaging;

/// <summary>
/// Section <c>TeamsApp</c>: what the <c>package</c> verb builds. The app id itself is the flat <c>MicrosoftAppId</c>.
/// </summary>
public sealed record TeamsAppOptions
{
    public const string Section = "TeamsApp";

    /// <summary>The bot's public host name (no scheme or path), e.g. <c>policybot.azurewebsites.net</c>.</summary>
    public string? Domain { get; init; }

    /// <summary>Where the zip goes; relative paths are taken from the current directory.</summary>
    public string Output { get; init; } = "policybot-teams.zip";

    /// <summary>The manifest template folder; by default the copy beside the bot's binaries.</summary>
    public string ManifestFolder { get; init; } = Path.Combine(AppContext.BaseDirectory, "manifest");
}
