using System.Text.Json;
using PolicyBot.Bot.Commands.Packaging;

namespace PolicyBot.Tests.Manifest;

public sealed class JsonSchemaValidatorTests
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
        "version": { "type": "string", "const": "1.19" },
        "name": { "type": "string", "maxLength": 5 },
        "site": { "type": "string", "format": "uri" },
        "count": { "type": "integer", "maximum": 3 },
        "tags": { "type": "array", "minItems": 1, "maxItems": 2, "uniqueItems": true, "items": { "type": "string" } },
        "copy": { "$ref": "#/properties/name" },
        "either": { "oneOf": [ { "type": "string" }, { "type": "number" } ] },
        "any": { "anyOf": [ { "type": "boolean" }, { "type": "null" } ] },
        "labels": { "type": "object", "patternProperties": { "^l[0-9]$": { "type": "string" } }, "additionalProperties": false },
        "a": { "type": "string" }
      },
      "dependencies": { "a": ["name"] },
      "definitions": { "guid": { "type": "string", "pattern": "^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$" } }
    }
    """;

    [Fact]
    public void ValidDocumentHasNoErrors()
    {
        var errors = Validate("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","version":"1.19","name":"héllo","site":"https://x.example/","count":3,"tags":["a","b"],"either":1,"any":null,"labels":{"l1":"x"}}""");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("""{"kind":"bot"}""", "$: missing required property 'id'")]
    [InlineData("""{"id":"nope","kind":"bot"}""", "$.id: does not match")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"app"}""", "$.kind: must be one of \"bot\", \"tab\"")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","version":"1.20"}""", "$.version: must be \"1.19\"")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","name":"toolong"}""", "$.name: longer than 5 characters (7)")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","copy":"toolong"}""", "$.copy: longer than 5 characters")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","site":"not a uri"}""", "$.site: not a valid uri")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","count":1.5}""", "$.count: expected integer, found number")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","count":4}""", "$.count: above the maximum 3")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","tags":[]}""", "$.tags: needs at least 1 items")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","tags":["a","b","c"]}""", "$.tags: allows at most 2 items (3)")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","tags":["a","a"]}""", "$.tags[1]: duplicate item")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","tags":[1]}""", "$.tags[0]: expected string, found number")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","either":true}""", "$.either: must match exactly one allowed shape (oneOf)")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","any":1}""", "$.any: matches none of the allowed shapes (anyOf)")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","labels":{"x":"y"}}""", "$.labels: property 'x' is not allowed")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","labels":{"l1":2}}""", "$.labels.l1: expected string, found number")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","a":"x"}""", "$: 'a' also needs 'name'")]
    [InlineData("""{"id":"6f1d2c3b-0000-4a5b-8c9d-0123456789ab","kind":"bot","extra":1}""", "$: property 'extra' is not allowed")]
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
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(ManifestFolder.Bundled(), "schema", "v1.30", "MicrosoftTeams.schema.json")));
        var manifest = File.ReadAllText(Path.Combine(ManifestFolder.Bundled(), "manifest.json"))
            .Replace("{{MicrosoftAppId}}", ManifestFolder.AppId, StringComparison.Ordinal).Replace("{{BotDomain}}", "x.example", StringComparison.Ordinal)
            .Replace("\"short\": \"PolicyBot\"", "\"short\": \"" + new string('x', 31) + "\"", StringComparison.Ordinal)
            .Replace("\"botId\": \"" + ManifestFolder.AppId + "\"", "\"botId\": \"nope\"", StringComparison.Ordinal)
            .Replace("\"scopes\": [\"personal\", \"team\", \"groupChat\"],\n      \"supportsFiles\"", "\"scopes\": [\"personal\", \"weird\"],\n      \"supportsFiles\"", StringComparison.Ordinal)
            .Replace("\"#1F6FB2\"", "\"blue\", \"extra\": 1", StringComparison.Ordinal);
        using var document = JsonDocument.Parse(manifest);

        var errors = new JsonSchemaValidator(schema.RootElement).Validate(document.RootElement);

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("$.name.short: longer than 30", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.bots[0].botId: does not match", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.bots[0].scopes[1]: must be one of", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.accentColor: does not match", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$: property 'extra' is not allowed", StringComparison.Ordinal));
    }

    private static List<string> Validate(string document)
    {
        using var schema = JsonDocument.Parse(Schema);
        using var instance = JsonDocument.Parse(document);
        return new JsonSchemaValidator(schema.RootElement).Validate(instance.RootElement);
    }
}
