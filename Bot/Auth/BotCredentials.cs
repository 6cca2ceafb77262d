namespace PolicyBot.Bot.Auth;

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

    /// <summary>A certificate in the CurrentUser or LocalMachine <c>My</c> store, instead of a client secret.</summary>
    public string? MicrosoftAppCertificateThumbprint { get; init; }

    /// <summary>A PKCS#12 file (.pfx/.p12) with the certificate and its private key, instead of a client secret.</summary>
    public string? MicrosoftAppCertificatePath { get; init; }

    public string? MicrosoftAppCertificatePassword { get; init; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public BotAppType AppType => BotAppTypes.Parse(MicrosoftAppType) ?? BotAppType.MultiTenant;

    public bool HasCertificate => !string.IsNullOrWhiteSpace(MicrosoftAppCertificateThumbprint) || !string.IsNullOrWhiteSpace(MicrosoftAppCertificatePath);
}
