namespace PolicyBot.Benchmarks.Load;

/// <summary>Makes the bot hot-reload under load: rewrites one content file (a changing comment line) every interval.</summary>
public static class ContentTouch
{
    public static async Task RunAsync(string contentFolder, TimeSpan every, CancellationToken cancellationToken)
    {
        var file = Path.Combine(contentFolder, "messages.yaml");
        var original = await File.ReadAllTextAsync(file, cancellationToken);
        for (var n = 1; ; n++)
        {
            try
            {
                await Task.Delay(every, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await File.WriteAllTextAsync(file, original + $"\n# benchmark reload {n}\n", CancellationToken.None);
        }
    }
}
