using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace PolicyBot.Bot.Hosting;

public static class StartupMemoryExtensions
{
    /// <summary>
    /// Gives back the memory that loading the content left behind (the classifier's training and the indexes allocate
    /// ~100 MB once): one compacting collection that returns the freed pages to the system, before the bot takes a
    /// message. Without it the GC keeps ~30 MiB of that garbage committed for the life of the process.
    /// </summary>
    public static WebApplication ReleaseStartupMemory(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BotOptions>>().Value.ReleaseStartupMemory) return app;
        var watch = Stopwatch.StartNew();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var heap = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        app.Services.GetRequiredService<ILogger<BotOptions>>().StartupMemoryReleased(watch.ElapsedMilliseconds, heap.HeapSizeBytes >> 20, heap.TotalCommittedBytes >> 20);
        return app;
    }
}
