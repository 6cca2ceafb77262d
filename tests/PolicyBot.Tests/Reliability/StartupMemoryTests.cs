using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

/// <summary>The collection that gives back the garbage of loading the content at start-up (docs/performance-history.md).</summary>
public sealed class StartupMemoryTests
{
    [Fact]
    public async Task StartingTheBotCompactsTheHeapOnceTheContentIsLoaded()
    {
        var before = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;

        await using var host = await BotHost.StartAsync(null, null, "Bot:ReleaseStartupMemory=true");

        // Whether it compacted is not asserted: a test beside this one may have run a full collection of its own since.
        Assert.True(GC.GetGCMemoryInfo(GCKind.FullBlocking).Index > before, "no full blocking collection during start-up");
        Assert.Contains(host.Logs.Lines, line => line.Contains("[127] Start-up garbage collected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCollectionCanBeSwitchedOff()
    {
        await using var host = await BotHost.StartAsync(null, null, "Bot:ReleaseStartupMemory=false");

        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("[127]", StringComparison.Ordinal));
    }
}
