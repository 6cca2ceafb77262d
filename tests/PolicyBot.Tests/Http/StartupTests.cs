using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Http;

public sealed class StartupTests
{
    [Fact]
    public async Task MissingAppIdIsAnnouncedAsAnonymousEmulatorMode()
    {
        await using var host = await BotHost.StartAsync(new TestBot());

        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("[100]"));
    }

    [Fact]
    public async Task ConfiguredAppIdAnnouncesThatRequestsAreAuthenticated()
    {
        await using var host = await BotHost.StartAsync(new TestBot(), null, "MicrosoftAppId=00000000-0000-0000-0000-000000000001", "MicrosoftAppPassword=secret");

        Assert.Contains(host.Logs.Lines, l => l.Contains("[101]"));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("[100]"));
    }
}
