using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PolicyBot.Benchmarks.Load;

/// <summary>
/// Runs conversations against one bot. A turn's latency runs from sending the activity until the POST returned
/// and every reply arrived (connector mode: at the fake connector; expectReplies: in the response body).
/// </summary>
public sealed class LoadRun(HttpClient http, FakeConnectorServer connector, string endpoint, bool expectReplies, IReadOnlyList<ScriptTurn>[] scripts)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private static readonly TimeSpan ReplyGrace = TimeSpan.FromSeconds(2);
    private ConcurrentBag<List<(string Step, double Ms)>> _latencies = [];
    private long _turns;
    private long _conversations;
    private long _nextConversation;
    private long _httpErrors;
    private long _missingReplies;
    private long _exceptions;

    public long Turns => Interlocked.Read(ref _turns);

    public void Reset()
    {
        _latencies = [];
        _turns = _conversations = _httpErrors = _missingReplies = _exceptions = 0;
    }

    /// <summary>Sends one message until the bot answers 200 with a reply; the time since the process started.</summary>
    public async Task<TimeSpan> FirstAnsweredTurnAsync(Stopwatch sinceStart, TimeSpan timeout)
    {
        var turn = scripts[0].FirstOrDefault(t => t.Name == "question en") ?? scripts[0][0];
        while (sinceStart.Elapsed < timeout)
        {
            try
            {
                if (await SendAsync(turn, "a:bench-startup", 1) is null) return sinceStart.Elapsed;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(5);
        }
        throw new TimeoutException($"The bot did not answer within {timeout}.");
    }

    /// <summary>
    /// Runs <paramref name="concurrency"/> conversations until the time or the turn budget is spent: closed loop, or
    /// with <paramref name="rate"/> &gt; 0 on a fixed schedule of that many turns per second in all.
    /// </summary>
    public async Task<TimeSpan> RunAsync(int concurrency, TimeSpan duration, long maxTurns, double reloadEvery, string contentFolder, double rate = 0)
    {
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var reloads = reloadEvery > 0 ? ContentTouch.RunAsync(contentFolder, TimeSpan.FromSeconds(reloadEvery), stop.Token) : Task.CompletedTask;
        // Open loop: each conversation sends every concurrency/rate seconds, the conversations spread over that interval.
        var interval = rate > 0 ? TimeSpan.FromSeconds(concurrency / rate) : TimeSpan.Zero;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(() => WorkerAsync(maxTurns, stop, interval, interval * w / concurrency))));
        clock.Stop();
        await stop.CancelAsync();
        await reloads;
        return clock.Elapsed;
    }

    public LoadReport Report(string mode, int concurrency, TimeSpan elapsed)
    {
        var all = _latencies.SelectMany(l => l).Select(l => l.Ms).ToArray();
        Array.Sort(all);
        var steps = _latencies.SelectMany(l => l).GroupBy(l => l.Step).ToDictionary(g => g.Key, g =>
        {
            var sorted = g.Select(l => l.Ms).ToArray();
            Array.Sort(sorted);
            return new StepLatency(sorted.Length, LatencySummary.Of(sorted));
        });
        return new LoadReport
        {
            Mode = mode,
            Conversations = concurrency,
            Seconds = Math.Round(elapsed.TotalSeconds, 2),
            Turns = _turns,
            TurnsPerSecond = Math.Round(_turns / elapsed.TotalSeconds, 0),
            DistinctConversations = _conversations,
            Latency = LatencySummary.Of(all),
            Steps = steps,
            Errors = new ErrorCounts { Http = _httpErrors, MissingReplies = _missingReplies, Exceptions = _exceptions },
        };
    }

    private async Task WorkerAsync(long maxTurns, CancellationTokenSource stop, TimeSpan interval, TimeSpan phase)
    {
        var latencies = new List<(string, double)>(16_384);
        _latencies.Add(latencies);
        var next = Stopwatch.GetTimestamp() + (long)(phase.TotalSeconds * Stopwatch.Frequency);
        var step = (long)(interval.TotalSeconds * Stopwatch.Frequency);
        while (!stop.IsCancellationRequested)
        {
            var number = Interlocked.Increment(ref _nextConversation);
            var script = scripts[number % scripts.Length];
            var conversationId = $"a:bench-{number}";
            Interlocked.Increment(ref _conversations);
            for (var i = 0; i < script.Count && !stop.IsCancellationRequested; i++)
            {
                var started = Stopwatch.GetTimestamp();
                if (step > 0)
                {
                    // Wait for this turn's slot. When the bot is behind (the slot passed while the last turn ran), send
                    // at once and count from the slot, so queueing shows in the latency; the driver's own timer slack does not.
                    if (next > started)
                    {
                        await Task.Delay(TimeSpan.FromSeconds((next - started) / (double)Stopwatch.Frequency), stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                        started = Stopwatch.GetTimestamp();
                    }
                    else
                    {
                        started = next;
                    }
                    if (stop.IsCancellationRequested) break;
                    next += step;
                }
                try
                {
                    switch (await SendAsync(script[i], conversationId, i + 1))
                    {
                        case Failure.Http: Interlocked.Increment(ref _httpErrors); break;
                        case Failure.MissingReplies: Interlocked.Increment(ref _missingReplies); break;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
                {
                    Interlocked.Increment(ref _exceptions);
                }
                latencies.Add((script[i].Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                if (Interlocked.Increment(ref _turns) == maxTurns) await stop.CancelAsync();
            }
            connector.Forget(Uri.EscapeDataString(conversationId));
        }
    }

    private enum Failure
    {
        Http,
        MissingReplies,
    }

    private async Task<Failure?> SendAsync(ScriptTurn turn, string conversationId, int sequence)
    {
        var escaped = Uri.EscapeDataString(conversationId);
        var before = connector.RepliesTo(escaped);
        using var content = new ByteArrayContent(ConversationScript.Render(turn, conversationId, sequence, connector.Url, expectReplies));
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(endpoint, content);
        if (response.StatusCode != HttpStatusCode.OK) return Failure.Http;
        if (expectReplies)
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            using var document = await JsonDocument.ParseAsync(body);
            var messages = document.RootElement.GetProperty("activities").EnumerateArray()
                .Count(a => a.TryGetProperty("type", out var type) && type.ValueEquals("message"u8));
            return messages >= turn.MinReplies ? null : Failure.MissingReplies;
        }
        // The bot posts its replies before it answers, so they are normally all in; a late one still counts against the turn.
        var deadline = Stopwatch.GetTimestamp() + (long)(ReplyGrace.TotalSeconds * Stopwatch.Frequency);
        while (connector.RepliesTo(escaped) - before < turn.MinReplies)
        {
            if (Stopwatch.GetTimestamp() > deadline) return Failure.MissingReplies;
            await Task.Delay(1);
        }
        return null;
    }
}
