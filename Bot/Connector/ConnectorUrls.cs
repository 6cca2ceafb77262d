namespace PolicyBot.Bot.Connector;

/// <summary>
/// Connector REST v3 addresses (PROTOCOL.md §3.2): the serviceUrl path is kept, exactly one slash joins it to
/// <c>v3/…</c>, and every id is escaped with <see cref="Uri.EscapeDataString"/>.
/// </summary>
public static class ConnectorUrls
{
    public static Uri Activities(string serviceUrl, string conversationId, string? activityId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activityId)) path += "/" + Uri.EscapeDataString(activityId);
        return new Uri(serviceUrl.TrimEnd('/') + "/" + path, UriKind.Absolute);
    }
}
