namespace PolicyBot.Bot.Auth;

/// <summary>Section <c>Bot</c>, its settings on who may call the bot and in which cloud it lives.</summary>
public sealed record BotAccessOptions
{
    public const string Section = "Bot";

    /// <summary>
    /// Accept Emulator tokens (Entra ID tokens the Emulator gets with the bot's own credentials) outside Development.
    /// Off by default: in production only the Bot Connector talks to the bot.
    /// </summary>
    public bool AllowEmulator { get; init; }

    /// <summary>
    /// Run without <c>MicrosoftAppId</c> outside Development: an endpoint that anyone who can reach it may post to.
    /// Without this setting such a bot refuses to start.
    /// </summary>
    public bool AllowAnonymous { get; init; }

    /// <summary>
    /// The Azure cloud the bot lives in, as the SDK's <c>ChannelService</c>: empty for the public cloud, or
    /// <c>https://botframework.azure.us</c> for US Government (GCC High, DoD). Picks the token issuers, key metadata,
    /// token endpoint and scope (see <see cref="PolicyBot.Bot.Auth.BotCloud"/>).
    /// </summary>
    public string? ChannelService { get; init; }
}
