namespace PolicyBot.Bot.Auth;

/// <summary>
/// Section <c>Auth</c>: where keys and tokens come from (PROTOCOL.md §3.3, §4). The URLs default to the cloud of
/// <c>Bot:ChannelService</c> (<see cref="BotCloud"/>, public unless set); tests point them at a local server. Whether
/// auth is on at all is decided by <c>MicrosoftAppId</c>.
/// </summary>
public sealed record AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Bot Connector's OpenID metadata; its <c>jwks_uri</c> keys carry the channel endorsements.</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = BotCloud.Public.ChannelOpenIdMetadataUrl;

    /// <summary>Entra ID metadata for tokens the Emulator obtains with the bot's own credentials.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = BotCloud.Public.EmulatorOpenIdMetadataUrl;

    /// <summary>
    /// The Entra ID authority app tokens come from (MSAL's, https only); <c>{tenant}</c> becomes the cloud's Bot
    /// Framework tenant or <c>MicrosoftAppTenantId</c>. Not used by a managed identity, which asks its host.
    /// </summary>
    public string Authority { get; set; } = BotCloud.Public.Authority;

    /// <summary>The scope of outbound tokens: the Bot Connector API.</summary>
    public string OAuthScope { get; set; } = BotCloud.Public.OAuthScope;

    /// <summary>Tolerance on <c>exp</c>/<c>nbf</c> of inbound tokens.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched signing keys are used before they are fetched again.</summary>
    public TimeSpan MetadataRefreshInterval { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// At most one extra fetch per this interval when a token names an unknown key id, so forged key ids cannot make
    /// the bot fetch metadata on every request.
    /// </summary>
    public TimeSpan MetadataMinimumRefreshInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Host names (or <c>*.suffix</c> families) besides the built-in Bot Connector and Teams ones that may receive the
    /// bot's token without having arrived on an authenticated activity first (PROTOCOL.md §3.5).
    /// </summary>
    public string[] ExtraTrustedServiceUrlHosts { get; init; } = [];
}
