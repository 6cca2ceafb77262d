using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Where the bot's app token may go (PROTOCOL.md §3.5): origins seen on activities authenticated by the Bot Connector,
/// and HTTPS hosts of the Bot Connector and Teams families (plus <see cref="AuthOptions.ExtraTrustedServiceUrlHosts"/>)
/// for proactive messages sent after a restart. Origins seen on the Emulator path get replies, but never the token.
/// </summary>
public sealed class TrustedServiceUrls(IOptions<AuthOptions> options)
{
    private static readonly string[] KnownHosts =
    [
        "*.botframework.com",
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "*.botframework.azure.us",
    ];

    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> _withoutToken = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string? serviceUrl)
    {
        if (Origin(serviceUrl) is { } origin) _seen.TryAdd(origin, 0);
    }

    /// <summary>
    /// An origin from the Emulator path: the Emulator accepts replies without a token (PROTOCOL.md §5), and a token
    /// that passed there proves the sender holds the bot's credentials, not that the address is a channel's.
    /// </summary>
    public void AllowWithoutToken(string? serviceUrl)
    {
        if (Origin(serviceUrl) is { } origin) _withoutToken.TryAdd(origin, 0);
    }

    public bool IsAllowedWithoutToken(string? serviceUrl) => Origin(serviceUrl) is { } origin && _withoutToken.ContainsKey(origin);

    public bool IsTrusted(string? serviceUrl)
    {
        if (Origin(serviceUrl) is not { } origin) return false;
        if (_seen.ContainsKey(origin)) return true;
        var uri = new Uri(origin);
        return uri.Scheme == Uri.UriSchemeHttps && KnownHosts.Concat(options.Value.ExtraTrustedServiceUrlHosts).Any(pattern => Matches(uri.IdnHost, pattern));
    }

    private static bool Matches(string host, string pattern) => pattern.StartsWith("*.", StringComparison.Ordinal)
        ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
        : string.Equals(host, pattern, StringComparison.OrdinalIgnoreCase);

    private static string? Origin(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
