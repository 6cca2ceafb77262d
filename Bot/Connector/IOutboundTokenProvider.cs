namespace PolicyBot.Bot.Connector;

/// <summary>
/// The seam for outbound authentication (PROTOCOL.md §3.3): a bearer token for calls to <c>serviceUrl</c>, or null
/// to send no <c>Authorization</c> header at all (anonymous Emulator mode).
/// </summary>
public interface IOutboundTokenProvider
{
    Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken);

    /// <summary>The Connector answered 401 to <paramref name="rejectedToken"/>: a fresh token, or null to give up.</summary>
    Task<string?> RefreshTokenAsync(string serviceUrl, string rejectedToken, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
