using Microsoft.Net.Http.Headers;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// Requests a web page made: browsers send <c>Origin</c> on every POST (and <c>Sec-Fetch-Site</c>), channels and the
/// Emulator send neither. The bot's own preview page is same-origin and passes.
/// </summary>
internal static class BrowserRequests
{
    public static bool IsCrossOrigin(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        // "same-site" is another port of localhost too: still another origin.
        if (fetchSite.Length > 0 && fetchSite is not ("same-origin" or "none")) return true;
        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length == 0) return false;
        // "null" (sandboxed frames, file: pages) never equals an origin of ours.
        return !string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }
}
