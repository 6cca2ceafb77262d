using System.Text.Json.Nodes;
using PolicyBot.Dialogs.Content;

namespace PolicyBot.Tests.Content;

/// <summary>The JSON Schema that editors use must accept exactly the keys the loader accepts.</summary>
public sealed class ContentSchemaTests
{
    private static readonly JsonObject Schema = LoadSchema();

    [Fact]
    public void SchemaIsDraft07Json()
    {
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)Schema["$schema"]);
        Assert.False((bool)Schema["additionalProperties"]!);
    }

    [Fact]
    public void SchemaTopLevelKeysMatchTheLoader() => Assert.Equal(Sorted(ContentKeys.Root), Keys(Schema));

    [Theory]
    [InlineData("topic")]
    [InlineData("owner")]
    [InlineData("check")]
    [InlineData("step")]
    [InlineData("choice")]
    [InlineData("finding")]
    [InlineData("verdictText")]
    [InlineData("tip")]
    [InlineData("outcome")]
    [InlineData("quiz")]
    [InlineData("quizQuestion")]
    [InlineData("quizAnswer")]
    [InlineData("smallTalk")]
    [InlineData("source")]
    [InlineData("text")]
    public void SchemaDefinitionKeysMatchTheLoader(string definition)
    {
        var expected = definition switch
        {
            "topic" => ContentKeys.Topic,
            "owner" => ContentKeys.Owner,
            "check" => ContentKeys.Check,
            "step" => ContentKeys.Step,
            "choice" => ContentKeys.Choice,
            "finding" => ContentKeys.Finding,
            "verdictText" => ContentKeys.Verdict,
            "tip" => ContentKeys.Tip,
            "outcome" => ContentKeys.Outcome,
            "quiz" => ContentKeys.Quiz,
            "quizQuestion" => ContentKeys.QuizQuestion,
            "quizAnswer" => ContentKeys.QuizAnswer,
            "smallTalk" => ContentKeys.SmallTalk,
            "source" => ContentKeys.Source,
            _ => ContentKeys.Text,
        };

        Assert.Equal(Sorted(expected), Keys(Schema["definitions"]![definition]!.AsObject()));
    }

    [Fact]
    public void SchemaVerdictsMatchTheLoader()
    {
        var verdict = Schema["definitions"]!["finding"]!["properties"]!["verdict"]!;
        var verdicts = Schema["definitions"]!["check"]!["properties"]!["verdicts"]!.AsObject();

        Assert.Equal(ContentKeys.VerdictKinds, verdict["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(Sorted(ContentKeys.VerdictKinds), Keys(verdicts));
    }

    [Fact]
    public void SchemaQuizLimitsMatchTheLoader()
    {
        var quiz = Schema["definitions"]!["quiz"]!["properties"]!;
        var answers = Schema["definitions"]!["quizQuestion"]!["properties"]!["answers"]!;
        var label = Schema["definitions"]!["label"]!["properties"]!;

        Assert.Equal((1, 20, 5), ((int)quiz["length"]!["minimum"]!, (int)quiz["length"]!["maximum"]!, (int)quiz["length"]!["default"]!));
        Assert.Equal((2, 4), ((int)answers["minItems"]!, (int)answers["maxItems"]!));
        Assert.Equal((20, 20), ((int)label["nl"]!["maxLength"]!, (int)label["en"]!["maxLength"]!));
    }

    [Fact]
    public void SchemaForbidsNextAndOutcomeTogetherAndLetsVerdictsBeLeftOut()
    {
        var check = Schema["definitions"]!["check"]!;
        var choice = Schema["definitions"]!["choice"]!;

        Assert.DoesNotContain("verdicts", check["required"]!.AsArray().Select(k => (string)k!));
        Assert.Equal(["next", "outcome"], choice["not"]!["required"]!.AsArray().Select(k => (string)k!));
    }

    [Fact]
    public void SchemaIdPatternMatchesTheLoader()
    {
        var pattern = (string)Schema["definitions"]!["id"]!["pattern"]!;

        Assert.Matches(pattern, "share-customer-photo");
        Assert.DoesNotMatch(pattern, "Share_Photo");
    }

    private static List<string> Keys(JsonObject node) => Sorted(node["properties"]!.AsObject().Select(p => p.Key));

    private static List<string> Sorted(IEnumerable<string> keys) => [.. keys.Order(StringComparer.Ordinal)];

    private static JsonObject LoadSchema()
    {
        var path = Path.Combine(BundledContentTests.BundledContentFolder(), "policybot.schema.json");
        return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }
}
