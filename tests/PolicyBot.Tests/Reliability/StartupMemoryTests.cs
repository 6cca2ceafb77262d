using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

/// <summary>The collection that gives back the garbage of loading the content at start-up (README "Performance").</summary>
public sealed class StartupMemoryTests
{
    [Fact]
    public async Task StartingTheBotCompactsTheHeapOnceTheContentIsLoaded()
    {
        var before = GC.GetGCMemoryInfo(GCKind.FullBlocking).Index;

        await using var host = await BotHost.StartAsync(null, null, "Bot:ReleaseStartupMemory=true");

        var collection = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        Assert.True(collection.Index > before, "no full blocking collection during start-up");
        Assert.Equal(2, collection.Generation);
        Assert.True(collection.Compacted);
        Assert.Contains(host.Logs.Lines, line => line.Contains("[127] Start-up garbage collected", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCollectionCanBeSwitchedOff()
    {
        await using var host = await BotHost.StartAsync(null, null, "Bot:ReleaseStartupMemory=false");

        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains("[127]", StringComparison.Ordinal));
    }
}
