using System.Collections.Concurrent;
using System.Net;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Reliability;

public sealed class FuzzTests
{
    private static readonly int[] Allowed = [200, 400, 413, 415, 501];

    [Fact]
    public async Task ThousandsOfMutatedActivitiesGetAnAllowedStatusAndTheBotKeepsServing()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotHost.StartAsync(null, LoopbackOnly.Apply, "Connector:MaxRetries=0", "Bot:MaxBodyBytes=262144");
        var fuzzer = new ActivityFuzzer(seed: 20261121, connector.Url);
        var bodies = Enumerable.Range(0, 3000).Select(fuzzer.Next).ToList();
        var failures = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, bodies.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var content = new ByteArrayContent(bodies[i]);
            content.Headers.ContentType = new("application/json");
            using var response = await host.Client.PostAsync("/api/messages", content, ct);
            if (!Allowed.Contains((int)response.StatusCode))
                failures.Add($"body {i} → {(int)response.StatusCode}: {Excerpt(bodies[i])}");
        });

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(10)));
        // Failed sends to mutated serviceUrls are logged as errors by design; a failed turn or an unhandled exception is a bug.
        // An ASP.NET Core error is one logged under its category, not a by-design send failure whose stack trace passes
        // through its middleware.
        var errors = host.Logs.Lines.Where(l => l.Contains("[120]", StringComparison.Ordinal) || FromAspNetCore(l)).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(3)));
        var chat = new ChatSession(host, connector, "msteams", "en-US", "a:after-the-fuzz");
        var replies = await chat.SayAsync("may I share a photo of a customer?");
        Assert.NotEmpty(replies.Messages());
    }

    private static bool FromAspNetCore(string line) =>
        line.Split(' ', 3) is [var level, var category, ..] && level != "Debug" && category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);

    private static string Excerpt(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length <= 400 ? text : text[..400] + $"… ({body.Length} bytes)";
    }
}
