namespace PolicyBot.Bot.Connector;

/// <summary>No credentials (no <c>MicrosoftAppId</c>): replies go out without an <c>Authorization</c> header.</summary>
public sealed class AnonymousTokenProvider : IOutboundTokenProvider
{
    public Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
