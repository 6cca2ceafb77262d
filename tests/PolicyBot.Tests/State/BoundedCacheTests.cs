using PolicyBot.Dialogs.Caching;

namespace PolicyBot.Tests.State;

public sealed class BoundedCacheTests
{
    [Fact]
    public void AFullCacheDropsATenthAndKeepsWhatWasJustSet()
    {
        var cache = new BoundedCache<string, int>(100, StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < 1_000; i++) cache.Set($"k{i}", i);

        var kept = Enumerable.Range(0, 1_000).Count(i => cache.TryGet($"K{i}", out _));
        Assert.InRange(kept, 90, 101);
        Assert.True(cache.TryGet("K999", out var last));
        Assert.Equal(999, last);
    }

    [Fact]
    public void ACapacityOfZeroKeepsNothingAndRemoveForgets()
    {
        var none = new BoundedCache<string, int>(0);
        none.Set("a", 1);
        Assert.False(none.TryGet("a", out _));

        var some = new BoundedCache<string, int>(10);
        some.Set("a", 1);
        some.Set("a", 2);
        Assert.True(some.TryGet("a", out var value));
        Assert.Equal(2, value);
        some.Remove("a");
        Assert.False(some.TryGet("a", out _));
    }
}
