namespace PolicyBot.Bot.Auth;

/// <summary>
/// The issuers, key metadata and token authority of one Azure cloud (PROTOCOL.md §4.2, §4.3; the SDK's
/// <c>AuthenticationConstants</c> and <c>GovernmentAuthenticationConstants</c>), chosen by <c>Bot:ChannelService</c>.
/// The URLs are defaults of <see cref="AuthOptions"/>, which may still override each one.
/// </summary>
public sealed record BotCloud(
    string Name,
    string ChannelIssuer,
    string ChannelOpenIdMetadataUrl,
    string EmulatorOpenIdMetadataUrl,
    string[] EmulatorIssuers,
    string[] EmulatorTenantIssuers,
    string Authority,
    string TokenTenant,
    string OAuthScope)
{
    /// <summary>The SDK's <c>ChannelService</c> value for the US Government cloud.</summary>
    public const string UsGovernmentChannelService = "https://botframework.azure.us";

    public static BotCloud Public { get; } = new(
        "public",
        "https://api.botframework.com",
        "https://login.botframework.com/v1/.well-known/openidconfiguration",
        "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
        [
            "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
            "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
            "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        ],
        ["https://sts.windows.net/{tenant}/", "https://login.microsoftonline.com/{tenant}/v2.0"],
        "https://login.microsoftonline.com/{tenant}",
        "botframework.com",
        "https://api.botframework.com/.default");

    public static BotCloud UsGovernment { get; } = new(
        "US Government",
        "https://api.botframework.us",
        "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration",
        [
            "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
            "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
            "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
            "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        ],
        ["https://login.microsoftonline.us/{tenant}/", "https://login.microsoftonline.us/{tenant}/v2.0"],
        "https://login.microsoftonline.us/{tenant}",
        "MicrosoftServices.onmicrosoft.us",
        "https://api.botframework.us/.default");

    /// <summary>The cloud named by <paramref name="channelService"/> (empty = public), or null for one we do not know.</summary>
    public static BotCloud? Find(string? channelService) =>
        string.IsNullOrWhiteSpace(channelService) ? Public
        : string.Equals(channelService.Trim().TrimEnd('/'), UsGovernmentChannelService, StringComparison.OrdinalIgnoreCase) ? UsGovernment
        : null;

    /// <summary>The Emulator issuers, with the configured tenant's own (and never a tenant the token names).</summary>
    public string[] EmulatorIssuersFor(string? tenantId) => string.IsNullOrWhiteSpace(tenantId)
        ? EmulatorIssuers
        : [.. EmulatorIssuers, .. EmulatorTenantIssuers.Select(t => t.Replace("{tenant}", tenantId.Trim(), StringComparison.Ordinal))];
}
