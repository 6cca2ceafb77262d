namespace PolicyBot.Bot.Connector;

/// <summary>No credentials: replies go out without an <c>Authorization</c> header. Replaced when outbound auth lands.</summary>
public sealed class AnonymousTokenProvider : IOutboundTokenProvider
{
    public Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
