namespace PolicyBot.Tests.Infrastructure;

internal static class Eventually
{
    /// <summary>Polls until the condition holds; fails after a bounded wait.</summary>
    public static async Task True(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("Timed out waiting until " + what);
            await Task.Delay(25);
        }
    }
}
