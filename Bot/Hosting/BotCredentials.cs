namespace PolicyBot.Bot.Hosting;

/// <summary>
/// The operator-facing flat keys, bound from the configuration root. All blank = anonymous local/Emulator mode.
/// </summary>
public sealed record BotCredentials
{
    public string? MicrosoftAppId { get; init; }

    public string? MicrosoftAppPassword { get; init; }

    public string? MicrosoftAppTenantId { get; init; }

    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c> (PROTOCOL.md §3.3).</summary>
    public string? MicrosoftAppType { get; init; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
