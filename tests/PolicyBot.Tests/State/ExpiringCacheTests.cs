using System.Runtime.CompilerServices;
using PolicyBot.Bot.State;

namespace PolicyBot.Tests.State;

public sealed class ExpiringCacheTests
{
    [Fact]
    public async Task AnEntryPastItsTtlIsAMissAndLeavesMemoryEvenIfNobodyAsksForIt()
    {
        using var cache = new ExpiringCache<object>(100, TimeSpan.FromMilliseconds(200));
        var held = Hold(cache, "forgotten");
        cache.Set("asked", new object());
        Assert.True(cache.TryGet("asked", out _));

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (held.IsAlive && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(held.IsAlive, "the expired entry is still held after 5 s");
        Assert.False(cache.TryGet("asked", out _));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Hold(ExpiringCache<object> cache, string key)
    {
        var value = new object();
        cache.Set(key, value);
        return new WeakReference(value);
    }
}
