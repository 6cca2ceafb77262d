using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PolicyBot.Tests.Auth;

/// <summary>Self-signed RSA certificates made in the test process, with their private keys.</summary>
public static class TestCertificates
{
    /// <param name="serverFor">When set, a TLS server certificate for that address.</param>
    public static X509Certificate2 SelfSigned(string subject, IPAddress? serverFor = null)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (serverFor is not null)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(serverFor);
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        }
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Through PKCS#12 so the key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12, "test"), "test");
    }
}
