using System.Text;
using NJsonSchema;
using PolicyBot.Bot.Commands.Packaging;
using PolicyBot.Cards;

namespace PolicyBot.Tests.Manifest;

/// <summary>NJsonSchema against draft-04 schemas like the Teams manifest's, with its errors as <c>path: message</c>.</summary>
public sealed class ManifestSchemaTests
{
    private const string Schema = """
    {
      "$schema": "http://json-schema.org/draft-04/schema#",
      "type": "object",
      "additionalProperties": false,
      "required": ["id", "kind"],
      "properties": {
        "id": { "$ref": "#/definitions/guid" },
        "kind": { "enum": ["bot", "tab"] },
        "name": { "type": "string", "maxLength": 5 },
        "site": { "type": "string", "format": "uri" },
        "count": { "type": "integer", "maximum": 3 },
        "tags": { "type": "array", "minItems": 1, "maxItems": 2, "uniqueItems": true, "items": { "type": "string" } },
        "copy": { "$ref": "#/properties/name" },
        "either": { "oneOf": [ { "type": "string" }, { "type": "number" } ] },
        "any": { "anyOf": [ { "type": "boolean" }, { "type": "null" } ] },
        "both": { "anyOf": [ { "type": "boolean" }, { "type": "string", "minLength": 2 } ] },
        "labels": { "type": "object", "patternProperties": { "^l[0-9]$": { "type": "string" } }, "additionalProperties": false },
        "a": { "type": "string" }
      },
      "definitions": { "guid": { "type": "string", "pattern": "^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$" } }
    }
    """;

    [Fact]
    public void ValidDocumentHasNoErrors()
    {
        var errors = Validate("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","name":"héllo","site":"https://x.example/","count":3,"tags":["a","b"],"either":1,"any":null,"labels":{"l1":"x"}}""");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("""{"kind":"bot"}""", "$: missing required property 'id'")]
    [InlineData("""{"id":"nope","kind":"bot"}""", "$.id: does not match")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"app"}""", "$.kind: must be one of \"bot\", \"tab\"")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","name":"toolong"}""", "$.name: longer than 5 characters (7)")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","copy":"toolong"}""", "$.copy: longer than 5 characters")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","site":"not a uri"}""", "$.site: not a valid uri")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","count":1.5}""", "$.count: expected integer, found number")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","count":4}""", "$.count: above the maximum 3")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","tags":[]}""", "$.tags: needs at least 1 items")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","tags":["a","b","c"]}""", "$.tags: allows at most 2 items")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","tags":["a","a"]}""", "$.tags: has duplicate items")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","tags":[1]}""", "$.tags[0]: expected string, found number")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","either":true}""", "$.either: must match exactly one allowed shape (oneOf)")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","any":1}""", "$.any: expected boolean, found number")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","both":"x"}""", "$.both: matches none of the allowed shapes (anyOf)")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","labels":{"x":"y"}}""", "$.labels.x: property 'x' is not allowed")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","labels":{"l1":2}}""", "$.labels.l1: expected string, found number")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","extra":1}""", "$.extra: property 'extra' is not allowed")]
    [InlineData("""[]""", "$: expected object, found array")]
    public void EachKeywordReportsItsViolationWithAPath(string document, string expected)
    {
        var errors = Validate(document);

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenTeamsManifestGetsTheSameErrorsAsAReferenceValidator()
    {
        // The Python jsonschema Draft4Validator reports exactly these five problems for this manifest.
        var manifest = File.ReadAllText(Path.Combine(ManifestFolder.Bundled(), "manifest.json"))
            .Replace("{{MicrosoftAppId}}", ManifestFolder.AppId, StringComparison.Ordinal).Replace("{{BotDomain}}", "x.example", StringComparison.Ordinal)
            .Replace("\"short\": \"PolicyBot\"", "\"short\": \"" + new string('x', 31) + "\"", StringComparison.Ordinal)
            .Replace("\"botId\": \"" + ManifestFolder.AppId + "\"", "\"botId\": \"nope\"", StringComparison.Ordinal)
            .Replace("\"scopes\": [\"personal\", \"team\", \"groupChat\"],\n      \"supportsFiles\"", "\"scopes\": [\"personal\", \"weird\"],\n      \"supportsFiles\"", StringComparison.Ordinal)
            .Replace("\"#1F6FB2\"", "\"blue\", \"extra\": 1", StringComparison.Ordinal);
        var files = new Dictionary<string, byte[]> { ["manifest.json"] = Encoding.UTF8.GetBytes(manifest) };
        foreach (var name in new[] { "color.png", "outline.png", "nl.json" })
            files[name] = File.ReadAllBytes(Path.Combine(ManifestFolder.Bundled(), name));

        var errors = TeamsAppPackageValidator.Validate(files, Path.Combine(ManifestFolder.Bundled(), "schema"), expectedAppId: null);

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("manifest.json: $.name.short: longer than 30", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("manifest.json: $.bots[0].botId: does not match", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("manifest.json: $.bots[0].scopes[1]: must be one of", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("manifest.json: $.accentColor: does not match", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("manifest.json: $.extra: property 'extra' is not allowed", StringComparison.Ordinal));
    }

    private static List<string> Validate(string document) =>
        SchemaViolations.Describe(JsonSchema.FromJsonAsync(Schema).GetAwaiter().GetResult().Validate(document));
}
