using Microsoft.Extensions.Options;
using PolicyBot.Bot.Auth;

namespace PolicyBot.Tests.Auth;

public sealed class TrustedServiceUrlTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://directline.botframework.com/", true)]
    [InlineData("https://europe.directline.botframework.com/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("http://localhost:3978/", false)]
    [InlineData("not a url", false)]
    public void KnownChannelHostsAreTrustedOverHttpsOnly(string serviceUrl, bool trusted)
    {
        var urls = new TrustedServiceUrls(Options.Create(new AuthOptions()));

        Assert.Equal(trusted, urls.IsTrusted(serviceUrl));
    }

    [Fact]
    public void OriginSeenOnAnAuthenticatedActivityIsTrustedWhateverItsPath()
    {
        var urls = new TrustedServiceUrls(Options.Create(new AuthOptions()));

        urls.Trust("http://localhost:50123/");

        Assert.True(urls.IsTrusted("http://localhost:50123/v3/other"));
        Assert.False(urls.IsTrusted("http://localhost:50124/"));
    }

    [Fact]
    public void ExtraHostsCanBeAllowListed()
    {
        var urls = new TrustedServiceUrls(Options.Create(new AuthOptions { ExtraTrustedServiceUrlHosts = ["*.contoso.example"] }));

        Assert.True(urls.IsTrusted("https://bots.contoso.example/api/"));
    }
}
