using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PolicyBot.Tests.Auth;

/// <summary>App tokens with a certificate instead of a client secret: a client assertion signed with its private key.</summary>
public sealed class CertificateCredentialTests : IDisposable
{
    private readonly X509Certificate2 _certificate = TestCertificates.SelfSigned("CN=PolicyBot test app");
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("policybot-cert-");

    [Fact]
    public async Task SingleTenantBotWithACertificateFileSendsAClientAssertionItsCertificateSigned()
    {
        await using var bed = await AuthedBot.StartAsync([.. CertificateFile(), "MicrosoftAppType=SingleTenant", $"MicrosoftAppTenantId={TestKeys.TenantId}"]);

        await PostValidAsync(bed);

        var request = Assert.Single(bed.Identity.TokenRequests);
        Assert.Equal($"/{TestKeys.TenantId}/oauth2/v2.0/token", request["path"]);
        Assert.Equal("client_credentials", request["grant_type"]);
        Assert.False(request.ContainsKey("client_secret"));
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", request["client_assertion_type"]);
        await AssertSignedByAsync(_certificate, request["client_assertion"], $"{bed.Identity.HttpsUrl}/{TestKeys.TenantId}/oauth2/v2.0/token");
        Assert.All(bed.Connector.Requests, r => Assert.Equal("Bearer " + FakeIdentityServer.IssuedToken(1), r.Headers["Authorization"]));
    }

    [Fact]
    public async Task AssertionFromAnotherKeyDoesNotPassTheCheck()
    {
        await using var bed = await AuthedBot.StartAsync(CertificateFile());
        using var other = TestCertificates.SelfSigned("CN=someone else");

        await PostValidAsync(bed);

        var assertion = Assert.Single(bed.Identity.TokenRequests)["client_assertion"];
        var result = await Validate(other, assertion, $"{bed.Identity.HttpsUrl}/botframework.com/oauth2/v2.0/token");
        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task CertificateInTheStoreIsFoundByItsThumbprint()
    {
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(_certificate);
        try
        {
            await using var bed = await AuthedBot.StartAsync("MicrosoftAppPassword=", $"MicrosoftAppCertificateThumbprint={_certificate.Thumbprint.ToLowerInvariant()}");

            await PostValidAsync(bed);

            var request = Assert.Single(bed.Identity.TokenRequests);
            Assert.Equal("/botframework.com/oauth2/v2.0/token", request["path"]);
            await AssertSignedByAsync(_certificate, request["client_assertion"], $"{bed.Identity.HttpsUrl}/botframework.com/oauth2/v2.0/token");
        }
        finally
        {
            store.Remove(_certificate);
        }
    }

    [Fact]
    public async Task CertificateTokenIsRenewedAndOneTheConnectorRejectedIsReplacedOnce()
    {
        await using var bed = await AuthedBot.StartAsync(CertificateFile());
        bed.Identity.TokenLifetimeSeconds = 302;
        bed.Connector.Respond = (_, r) => (r.Headers["Authorization"].EndsWith("-1", StringComparison.Ordinal) ? 401 : 200, null);

        await PostValidAsync(bed);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await PostValidAsync(bed);

        Assert.Equal(3, bed.Identity.TokenRequests.Count);
        Assert.All(bed.Identity.TokenRequests, r => Assert.True(r.ContainsKey("client_assertion")));
        Assert.Equal(["Bearer app-token-1", "Bearer app-token-2", "Bearer app-token-2", "Bearer app-token-3", "Bearer app-token-3"],
            bed.Connector.Requests.Select(r => r.Headers["Authorization"]));
    }

    private string[] CertificateFile()
    {
        var path = Path.Combine(_folder.FullName, "bot.pfx");
        File.WriteAllBytes(path, _certificate.Export(X509ContentType.Pkcs12, "pfx-password"));
        return ["MicrosoftAppPassword=", $"MicrosoftAppCertificatePath={path}", "MicrosoftAppCertificatePassword=pfx-password"];
    }

    private static async Task AssertSignedByAsync(X509Certificate2 certificate, string assertion, string tokenEndpoint)
    {
        var result = await Validate(certificate, assertion, tokenEndpoint);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(TestKeys.AppId, result.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.NotNull(result.ClaimsIdentity.FindFirst("jti"));
    }

    private static Task<TokenValidationResult> Validate(X509Certificate2 certificate, string assertion, string tokenEndpoint) =>
        new JsonWebTokenHandler().ValidateTokenAsync(assertion, new TokenValidationParameters
        {
            ValidIssuer = TestKeys.AppId,
            ValidAudience = tokenEndpoint,
            IssuerSigningKey = new X509SecurityKey(X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert))),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
        });

    private static async Task PostValidAsync(AuthedBot bed)
    {
        using var response = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose()
    {
        _certificate.Dispose();
        _folder.Delete(recursive: true);
    }
}
