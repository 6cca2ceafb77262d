using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Dialogs;
using PolicyBot.Tests.EndToEnd;
using PolicyBot.Tests.Infrastructure;

namespace PolicyBot.Tests.Telemetry;

/// <summary><c>Telemetry:Prometheus=true</c>: turns over HTTP show up at <c>GET /metrics</c>; without it there is no endpoint.</summary>
public sealed partial class MetricsEndpointTests
{
    [Fact]
    public async Task PrometheusShowsTheTurnsTheRecognizersOutcomesAndTheHandoffPerOwner()
    {
        await using var scenario = await HandoffScenario.StartAsync(null, sqlite: true, withChannel: true, "Telemetry:Prometheus=true");
        var chat = new ChatSession(scenario.Host, scenario.Connector, "msteams", "en-US", "a:metrics-chat");

        await chat.SayAsync("May I share a photo of a customer?");
        await chat.SayAsync(QuestionTheBotIsUnsureOf());
        await chat.SayAsync("xyzzy plugh quux");
        await scenario.HandOffAsync();
        var metrics = await scenario.Host.Client.GetStringAsync("/metrics");

        Assert.True(Value(metrics, "policybot_turns_total", "activity_type=\"message\"", "result=\"ok\"") >= 6, metrics);
        Assert.True(Value(metrics, "policybot_turn_duration_seconds_count", "activity_type=\"message\"") >= 6, metrics);
        Assert.True(Value(metrics, "policybot_recognizer_outcomes_total", "outcome=\"answered\"") >= 1, metrics);
        Assert.True(Value(metrics, "policybot_recognizer_outcomes_total", "outcome=\"suggested\"") >= 1, metrics);
        Assert.True(Value(metrics, "policybot_recognizer_outcomes_total", "outcome=\"unmatched\"") >= 1, metrics);
        Assert.True(Value(metrics, "policybot_handoffs_total", "owner=\"marketing\"") >= 1, metrics);
        Assert.True(Value(metrics, "policybot_store_duration_seconds_count", "operation=\"write\"") >= 1, metrics);
    }

    [Fact]
    public async Task WithoutTelemetryThereIsNoMetricsEndpoint()
    {
        await using var host = await BotHost.StartAsync(new TestBot());

        using var response = await host.Client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The value of the series <paramref name="name"/> whose labels include all of <paramref name="labels"/>, or -1.</summary>
    /// <summary>
    /// The sum of the matching series, -1 when there is none. The exporter listens to every meter named PolicyBot in the
    /// process, so a bot host of a test running beside this one shows up as a second series with the same labels.
    /// </summary>
    private static double Value(string metrics, string name, params string[] labels)
    {
        var values = Series().Matches(metrics)
            .Where(line => line.Groups["name"].Value == name && labels.All(l => line.Groups["labels"].Value.Contains(l, StringComparison.Ordinal)))
            .Select(line => double.Parse(line.Groups["value"].Value, CultureInfo.InvariantCulture))
            .ToList();
        return values.Count == 0 ? -1 : values.Sum();
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<labels>[^}]*)\} (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Series();

    /// <summary>
    /// An English development question the bundled content answers with "did you mean", found rather than written in:
    /// which questions are close calls changes with every batch of trigger phrases, the metric does not.
    /// </summary>
    private static string QuestionTheBotIsUnsureOf()
    {
        var folder = BundledContentTests.BundledContentFolder();
        var recognizer = RecognizerCache.For(BundledContentProvider.Bundled);
        return new[] { "development-3.yaml", "development-2.yaml", "questions.yaml" }
            .SelectMany(f => EvaluationSet.Load(Path.Combine(folder, "..", "..", "tests", "PolicyBot.Tests", "Evaluation", f)))
            .Where(q => q.Language == PolicyBot.Dialogs.Language.En)
            .Select(q => q.Text)
            .First(text => recognizer.Recognize(text) is { Topic: null, Suggestions.Count: > 0 });
    }
}
