using System.Diagnostics;
using PolicyBot.Dialogs.Content;
using PolicyBot.Dialogs.Content.Loading;

namespace PolicyBot.Tests.Content;

/// <summary>
/// Content written to hurt the loader comes back as one <c>file:line:column</c> error within a second, instead of
/// crashing the process (deep nesting), multiplying work (aliases) or eating memory (a huge file, endless phrases).
/// </summary>
public sealed class HostileContentTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task DeepNestingIsAnErrorNotAStackOverflow()
    {
        using var folder = ContentFolder.WithValidContent().Write("hostile.yaml", HostileYaml.DeepNesting);

        // in a child process first: before the depth cap this overflowed the stack, which kills any process
        var (exitCode, output) = await CheckInChildProcessAsync(folder.Path);

        Assert.True(exitCode == 1, $"check exited with {exitCode}:\n{output[..Math.Min(output.Length, 2000)]}");
        Assert.Contains(HostileYaml.DeepNestingError, output);
        AssertRefusedWithinASecond(folder, HostileYaml.DeepNestingError);
    }

    [Fact]
    public void AliasBombIsRefusedAtItsFirstAnchor()
    {
        using var folder = ContentFolder.WithValidContent().Write("hostile.yaml", HostileYaml.AliasBomb);

        AssertRefusedWithinASecond(folder, HostileYaml.AliasBombError);
    }

    [Fact]
    public void AliasesAreRefusedWithTheirPlace()
    {
        using var folder = ContentFolder.WithValidContent().Write("extra.yaml", """
            owners:
              - id: sales
                name: { nl: Verkoop, en: Sales }
                handles: *sales
            """);

        Assert.Equal(["extra.yaml:4:14: the alias '*sales' is not supported; write the text out in full"], folder.Errors());
    }

    [Fact]
    public void FiftyMegabyteFileIsRefusedWithoutReadingIt()
    {
        using var folder = ContentFolder.WithValidContent();
        HostileYaml.WriteFiftyMegabytes(Path.Combine(folder.Path, "hostile.yaml"));

        AssertRefusedWithinASecond(folder, HostileYaml.FiftyMegabytesError);
    }

    [Fact]
    public void TopicWithAHundredThousandPhrasesIsRefused()
    {
        using var folder = ContentFolder.WithValidContent().Write("hostile.yaml", HostileYaml.ManyPhrases);

        AssertRefusedWithinASecond(folder, HostileYaml.ManyPhrasesError);
    }

    [Fact]
    public void ContentOfMoreThanAHundredThousandPhrasesIsRefused()
    {
        using var folder = ContentFolder.WithValidContent();
        for (var file = 0; file < 5; file++) folder.Write($"hostile-{file}.yaml", HostileYaml.ManyPhrasesInAll(file));

        AssertRefusedWithinASecond(folder, HostileYaml.ManyPhrasesInAllError, pattern: true);
    }

    [Fact]
    public void FilesTogetherOverTenMegabytesAreRefused()
    {
        using var folder = ContentFolder.WithValidContent();
        var comments = string.Concat(Enumerable.Repeat("# " + new string('x', 1021) + "\n", 1000));
        for (var i = 0; i < 11; i++) folder.Write($"extra/comments-{i:00}.yaml", comments);

        Assert.Equal(["extra/comments-10.yaml:1:1: with this file the content folder holds over 10 MB of YAML, the most the bot reads"], folder.Errors());
    }

    // the fastest of three loads, so two busy cores shared with other tests do not decide the outcome
    private static void AssertRefusedWithinASecond(ContentFolder folder, string error, bool pattern = false)
    {
        var fastest = TimeSpan.MaxValue;
        for (var attempt = 0; attempt < 3 && fastest >= Second; attempt++)
        {
            var clock = Stopwatch.StartNew();
            var result = ContentLoader.Load(folder.Path);
            clock.Stop();

            if (pattern) Assert.Matches(error, Assert.Single(result.Errors).ToString());
            else Assert.Equal([error], result.Errors.Select(e => e.ToString()));
            Assert.Null(result.Content);
            if (clock.Elapsed < fastest) fastest = clock.Elapsed;
        }
        Assert.True(fastest < Second, $"the fastest of three loads took {fastest.TotalMilliseconds:0} ms");
    }

    // `dotnet PolicyBot.Bot.dll check <folder>`, the dll taken from beside the test assembly
    private static async Task<(int ExitCode, string Output)> CheckInChildProcessAsync(string folder)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "PolicyBot.Bot.dll"), "check", folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
