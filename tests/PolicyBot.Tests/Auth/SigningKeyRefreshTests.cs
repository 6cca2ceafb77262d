using System.Net;

namespace PolicyBot.Tests.Auth;

public sealed class SigningKeyRefreshTests
{
    [Fact]
    public async Task KeysAreFetchedOnceForManyRequests()
    {
        await using var bed = await AuthedBot.StartAsync();

        for (var i = 0; i < 3; i++)
        {
            using var response = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(1, bed.Identity.Hits("/channel/.well-known/openidconfiguration"));
        Assert.Equal(1, bed.Identity.Hits("/channel/keys"));
    }

    [Fact]
    public async Task UnknownKeyIdRefreshesTheKeysOnceThenIsRejected()
    {
        await using var bed = await AuthedBot.StartAsync();
        using var warmUp = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));

        using var first = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url, key: TestKeys.Rolled));
        using var second = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url, key: TestKeys.Rolled));

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        // One fetch at the first request, exactly one refresh for the unknown key id, none for the repeat.
        Assert.Equal(2, bed.Identity.Hits("/channel/keys"));
        Assert.Single(bed.Bot.Inputs);
    }

    [Fact]
    public async Task RolledOverKeyIsAcceptedAfterOneRefresh()
    {
        await using var bed = await AuthedBot.StartAsync();
        using var warmUp = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));
        bed.Identity.ChannelKeys = [TestKeys.Jwk(TestKeys.Channel, "msteams"), TestKeys.Jwk(TestKeys.Rolled, "msteams")];

        using var response = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url, key: TestKeys.Rolled));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, bed.Identity.Hits("/channel/keys"));
    }

    [Fact]
    public async Task KeysAreFetchedAgainAfterTheRefreshInterval()
    {
        await using var bed = await AuthedBot.StartAsync();
        using var first = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));

        bed.Time.Advance(TimeSpan.FromHours(25));
        using var later = await bed.PostWithTokenAsync(bed.Message(), TestKeys.ChannelToken(bed.Connector.Url));

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(2, bed.Identity.Hits("/channel/keys"));
    }
}
