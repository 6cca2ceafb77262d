using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;

namespace PolicyBot.Bot.Auth;

/// <summary>
/// The bot's certificate: by <c>MicrosoftAppCertificateThumbprint</c> from the CurrentUser, then the LocalMachine
/// <c>My</c> store (Windows App Service loads certificates there), or from <c>MicrosoftAppCertificatePath</c>, a
/// PKCS#12 file with <c>MicrosoftAppCertificatePassword</c> (Linux App Service: <c>/var/ssl/private/{thumbprint}.p12</c>).
/// </summary>
public static class AppCertificates
{
    /// <summary>The certificate with its private key, or an error that names the setting to fix.</summary>
    public static (X509Certificate2? Certificate, string? Error) Load(BotCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        return !string.IsNullOrWhiteSpace(credentials.MicrosoftAppCertificateThumbprint)
            ? FromStore(credentials.MicrosoftAppCertificateThumbprint)
            : FromFile(credentials.MicrosoftAppCertificatePath!.Trim(), credentials.MicrosoftAppCertificatePassword);
    }

    private static (X509Certificate2?, string?) FromStore(string thumbprint)
    {
        var wanted = thumbprint.Replace(" ", "", StringComparison.Ordinal).Trim();
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try
            {
                store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            }
            catch (CryptographicException)
            {
                continue; // a store that does not exist on this machine
            }
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, wanted, validOnly: false);
            foreach (var certificate in found)
            {
                if (certificate.HasPrivateKey) return (certificate, null);
            }
        }
        return (null, $"MicrosoftAppCertificateThumbprint {wanted}: no certificate with a private key in the CurrentUser or LocalMachine My store.");
    }

    private static (X509Certificate2?, string?) FromFile(string path, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            if (certificate.HasPrivateKey) return (certificate, null);
            certificate.Dispose();
            return (null, $"MicrosoftAppCertificatePath {path}: the file holds no private key.");
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // A wrong password or a missing file; the exception's message is left out, the password never appears.
            return (null, $"MicrosoftAppCertificatePath {path} could not be read as a PKCS#12 file with MicrosoftAppCertificatePassword ({ex.GetType().Name}).");
        }
    }
}
