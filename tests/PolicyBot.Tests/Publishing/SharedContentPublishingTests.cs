using System.Diagnostics;
using Xunit.Abstractions;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Infrastructure;
using PolicyBot.Tests.Reliability;
using static PolicyBot.Tests.Publishing.PublishingSetup;

namespace PolicyBot.Tests.Publishing;

/// <summary>Two bot instances (Kestrel on 127.0.0.1) on one PostgreSQL database: a publish and a rollback reach both.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SharedContentPublishingTests(PostgresServer server, ITestOutputHelper log)
{
    [PostgresFact]
    public async Task PublishAndRollbackReachBothInstancesWithinFiveSecondsAndAConversationMidCheckSurvivesBoth()
    {
        using var content = ContentFolder.WithValidContent();
        using var changed = Changed();
        var connectionString = await server.NewSchemaAsync();
        string[] settings = ["Storage:Provider=postgres", $"Storage:PostgresConnectionString={connectionString}", $"Content:Path={content.Path}"];
        string[] store = [.. settings[..2].Select(s => "--" + s)];
        await using var a = await BotHost.StartAsync(null, null, settings);
        await using var b = await BotHost.StartAsync(null, null, settings);
        Assert.Contains("What do you want to share?", await AskAsync(a, "may i share this", "a:mid-check"));

        var (published, output, _) = await ContentAsync(["publish", changed.Path, "-m", "Turnover wording", "--author", "comms-anna", .. store]);
        var publishedWithin = await BothAnswerAsync(a, b, NewAnswer);
        var secondStep = await AskAsync(b, "News", "a:mid-check");

        var (rolledBack, rollbackOutput, _) = await ContentAsync(["rollback", "1", "-m", "Back", "--author", "comms-bert", .. store]);
        var rolledBackWithin = await BothAnswerAsync(a, b, OldAnswer);
        var verdict = await AskAsync(a, "Everyone", "a:mid-check");

        log.WriteLine($"publish answered by both after {publishedWithin.TotalMilliseconds:F0} ms, rollback after {rolledBackWithin.TotalMilliseconds:F0} ms");
        Assert.True(published == 0, output);
        Assert.True(rolledBack == 0, rollbackOutput);
        Assert.True(publishedWithin < TimeSpan.FromSeconds(5), $"publish reached both after {publishedWithin}");
        Assert.True(rolledBackWithin < TimeSpan.FromSeconds(5), $"rollback reached both after {rolledBackWithin}");
        Assert.Contains("For whom?", secondStep, StringComparison.Ordinal);
        Assert.Contains("Ask the owner", verdict, StringComparison.Ordinal);
        foreach (var bot in new[] { a, b })
        {
            Assert.Contains(bot.Logs.Lines, l => l.Contains("Switched to content version 2 (publish) published by comms-anna", StringComparison.Ordinal));
            Assert.Contains(bot.Logs.Lines, l => l.Contains("Switched to content version 3 (rollback) published by comms-bert", StringComparison.Ordinal));
        }
    }

    [PostgresFact]
    public async Task InstancesStartingTogetherOnAnEmptyDatabaseStoreTheFolderOnce()
    {
        using var content = ContentFolder.WithValidContent();
        string[] settings = ["Storage:Provider=postgres", $"Storage:PostgresConnectionString={await server.NewSchemaAsync()}", $"Content:Path={content.Path}"];

        // on threads of their own, so the three builds (and their first look at the store) overlap
        var hosts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => BotHost.StartAsync(null, null, settings))));
        // Under load a start may not reach the store (it then runs its folder); the next poll stores it, once.
        var (_, list, _) = await ContentAsync("versions", "--" + settings[0], "--" + settings[1]);
        for (var waited = 0; !list.Contains("folder", StringComparison.Ordinal) && waited < 20; waited++)
        {
            await Task.Delay(500);
            (_, list, _) = await ContentAsync("versions", "--" + settings[0], "--" + settings[1]);
        }
        foreach (var host in hosts) await host.DisposeAsync();

        Assert.Matches(@"(?m)^\*\s+1\s.*\bfolder\b", list);
        Assert.DoesNotMatch(@"(?m)^\*?\s+2\s", list);
    }

    private static async Task<TimeSpan> BothAnswerAsync(BotHost a, BotHost b, string expected)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(UntilAnswerAsync(a, "share revenue", expected, TimeSpan.FromSeconds(10)), UntilAnswerAsync(b, "share revenue", expected, TimeSpan.FromSeconds(10)));
        return clock.Elapsed;
    }
}
