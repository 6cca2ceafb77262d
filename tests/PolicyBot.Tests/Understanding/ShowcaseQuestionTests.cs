using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PolicyBot.Dialogs.Understanding;
using PolicyBot.Tests.Content;
using PolicyBot.Tests.Dialogs;

namespace PolicyBot.Tests.Understanding;

/// <summary>
/// The questions the bot itself puts in people's mouths (the welcome, help and "no question" texts, the manifest's prompt
/// starters) are the first ones a new user tries: each must be answered with its topic, never "did you mean".
/// </summary>
public partial class ShowcaseQuestionTests
{
    /// <summary>Every example the bot shows, with the topic it must answer. A new example in the texts must be added here.</summary>
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["Mag ik een foto van ons team delen?"] = "mentioning-others",
        ["Can I share a photo of our team?"] = "mentioning-others",
        ["Een klant klaagt onder mijn post, wat nu?"] = "customer-question",
        ["A customer is complaining under my post, what now?"] = "customer-question",
        ["Mag ik een collega taggen?"] = "mentioning-others",
        ["Can I tag a colleague?"] = "mentioning-others",
        ["Mag ik een foto van een klantbezoek delen?"] = "mentioning-others",
        ["Can I post a photo from a customer visit?"] = "mentioning-others",
        ["mag ik dit delen?"] = "may-i-share",
        ["may I share this?"] = "may-i-share",
        ["May I share a photo of a customer?"] = "mentioning-others",
        ["Mag ik een foto van een klant delen?"] = "mentioning-others",
        ["A journalist messaged me"] = "sales-and-press",
        ["Een journalist stuurde me een bericht"] = "sales-and-press",
    };

    private static readonly Lazy<TopicRecognizer> Recognizer = new(() => RecognizerCache.For(BundledContentProvider.Bundled));

    public static TheoryData<string> Shown() => [.. ShownQuestions()];

    [Fact]
    public void EveryExampleTheBotShowsHasAnExpectedTopic()
    {
        var shown = ShownQuestions().ToList();

        Assert.True(shown.Count >= 12, $"found only {shown.Count} examples; did the texts' *italic question?* form change?");
        Assert.DoesNotContain(shown, q => !Expected.ContainsKey(q));
    }

    [Theory]
    [MemberData(nameof(Shown))]
    public void EveryExampleTheBotShowsIsAnsweredWithItsTopic(string question)
    {
        var result = Recognizer.Value.Recognize(question);

        Assert.True(result.Topic == Expected[question],
            $"\"{question}\": answered {result.Topic ?? "nothing"}, suggested [{string.Join(", ", result.Suggestions.Select(s => s.Topic))}], expected {Expected[question]}");
    }

    /// <summary>The italic questions in messages.yaml and the prompt starters of the manifest in both languages.</summary>
    private static IEnumerable<string> ShownQuestions()
    {
        var content = BundledContentTests.BundledContentFolder();
        var messages = File.ReadAllText(Path.Combine(content, "messages.yaml"));
        var manifest = Path.Combine(content, "..", "..", "manifest");
        var prompts = new[] { "manifest.json", "nl.json" }
            .Select(f => JsonNode.Parse(File.ReadAllText(Path.Combine(manifest, f)))!)
            .SelectMany(Prompts);
        return ItalicQuestion().Matches(messages).Select(m => m.Groups[1].Value).Concat(prompts).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Prompts(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "prompt" || p.Key.EndsWith(".prompt", StringComparison.Ordinal)
            ? [p.Value!.GetValue<string>()]
            : p.Value is null ? [] : Prompts(p.Value)),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Prompts),
        _ => [],
    };

    [GeneratedRegex(@"(?<!\*)\*([^*\n]+\?)\*(?!\*)")]
    private static partial Regex ItalicQuestion();
}
