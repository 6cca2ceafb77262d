using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;
using PolicyBot.Cards;

namespace PolicyBot.Bot.Commands.Packaging;

/// <summary>
/// Checks a Teams app package (PROTOCOL.md §7): files at the zip root, the manifest and its localization files against
/// the vendored JSON schemas, and what schemas cannot say: manifestVersion equals the <c>$schema</c> version, every
/// botId is the app id, referenced files exist, icon sizes, and a pure white outline icon on transparency.
/// </summary>
public static partial class TeamsAppPackageValidator
{
    public const string ManifestFile = "manifest.json";

    // A vendored schema is read once per process (the tests package many manifests).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    /// <summary>Every problem in the zip at <paramref name="zipPath"/>; empty when it can be uploaded.</summary>
    public static List<string> ValidateZip(string zipPath, string schemaFolder, string? expectedAppId)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var errors = new List<string>();
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.Contains('/', StringComparison.Ordinal) || entry.FullName.Contains('\\', StringComparison.Ordinal))
            {
                errors.Add($"{entry.FullName}: every file must be at the root of the zip, not in a folder");
                continue;
            }
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries[entry.FullName] = copy.ToArray();
        }
        errors.AddRange(Validate(entries, schemaFolder, expectedAppId));
        return errors;
    }

    /// <summary>Every problem in the package's files (name → content); empty when it can be uploaded.</summary>
    public static List<string> Validate(IReadOnlyDictionary<string, byte[]> files, string schemaFolder, string? expectedAppId)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!files.TryGetValue(ManifestFile, out var manifestBytes)) return [$"{ManifestFile}: missing from the package root"];
        if (Parse(manifestBytes) is not { ValueKind: JsonValueKind.Object } manifest) return [$"{ManifestFile}: not a JSON object"];

        var errors = new List<string>();
        var version = manifest.TryGetProperty("manifestVersion", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        var schemaVersion = manifest.TryGetProperty("$schema", out var s) && s.ValueKind == JsonValueKind.String && SchemaVersion().Match(s.GetString()!) is { Success: true } m
            ? m.Groups["version"].Value
            : null;
        if (schemaVersion is null) return [$"{ManifestFile}: $schema must name a MicrosoftTeams.schema.json version"];
        if (schemaVersion != version) errors.Add($"{ManifestFile}: manifestVersion \"{version}\" differs from the $schema version v{schemaVersion}");

        var schemaPath = Path.Combine(schemaFolder, $"v{schemaVersion}", "MicrosoftTeams.schema.json");
        if (!File.Exists(schemaPath)) return [.. errors, $"{ManifestFile}: no vendored schema for v{schemaVersion} (expected {schemaPath})"];
        errors.AddRange(SchemaErrors(schemaPath, manifestBytes, ManifestFile));

        if (manifestBytes.AsSpan().IndexOf("{{"u8) >= 0) errors.Add($"{ManifestFile}: a {{{{placeholder}}}} was not filled in");
        CheckBots(manifest, expectedAppId, errors);
        TeamsAppIconChecks.Check(manifest, files, errors);
        CheckLocalizations(manifest, files, Path.Combine(schemaFolder, $"v{schemaVersion}", "MicrosoftTeams.Localization.schema.json"), errors);
        return errors;
    }

    private static void CheckBots(JsonElement manifest, string? expectedAppId, List<string> errors)
    {
        if (expectedAppId is null) return;
        var bots = manifest.TryGetProperty("bots", out var b) && b.ValueKind == JsonValueKind.Array ? b.EnumerateArray().ToList() : [];
        if (bots.Count == 0) errors.Add($"{ManifestFile}: no bots entry for app id {expectedAppId}");
        for (var i = 0; i < bots.Count; i++)
        {
            var botId = bots[i].TryGetProperty("botId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            if (!string.Equals(botId, expectedAppId, StringComparison.OrdinalIgnoreCase))
                errors.Add($"{ManifestFile}: $.bots[{i}].botId is \"{botId}\", not the app id {expectedAppId}");
        }
    }

    private static void CheckLocalizations(JsonElement manifest, IReadOnlyDictionary<string, byte[]> files, string schemaPath, List<string> errors)
    {
        if (!manifest.TryGetProperty("localizationInfo", out var info) || info.ValueKind != JsonValueKind.Object) return;
        var names = new List<string>();
        if (info.TryGetProperty("defaultLanguageFile", out var d) && d.ValueKind == JsonValueKind.String) names.Add(d.GetString()!);
        if (info.TryGetProperty("additionalLanguages", out var more) && more.ValueKind == JsonValueKind.Array)
            names.AddRange(more.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.Object && l.TryGetProperty("file", out _)).Select(l => l.GetProperty("file").GetString()!));
        if (names.Count == 0) return;
        if (!File.Exists(schemaPath))
        {
            errors.Add($"localization: no vendored schema at {schemaPath}");
            return;
        }
        foreach (var name in names)
        {
            if (!files.TryGetValue(name, out var bytes))
            {
                errors.Add($"{name}: referenced by localizationInfo but missing from the package");
                continue;
            }
            if (Parse(bytes) is not { ValueKind: JsonValueKind.Object } localization)
            {
                errors.Add($"{name}: not a JSON object");
                continue;
            }
            errors.AddRange(SchemaErrors(schemaPath, bytes, name));
            foreach (var key in localization.EnumerateObject().Select(p => p.Name).Where(k => k is not ("$schema" or "localizationKeys")))
                if (!ManifestPathExists(manifest, key)) errors.Add($"{name}: '{key}' translates nothing in {ManifestFile}");
        }
    }

    /// <summary>Whether a localization key such as <c>bots[0].commandLists[0].commands[3].title</c> names a manifest string.</summary>
    private static bool ManifestPathExists(JsonElement manifest, string key)
    {
        var node = manifest;
        foreach (Match part in PathPart().Matches(key))
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(part.Groups["name"].Value, out node)) return false;
            foreach (Capture index in part.Groups["index"].Captures)
            {
                var i = int.Parse(index.Value, System.Globalization.CultureInfo.InvariantCulture);
                if (node.ValueKind != JsonValueKind.Array || i >= node.GetArrayLength()) return false;
                node = node[i];
            }
        }
        return node.ValueKind == JsonValueKind.String;
    }

    /// <summary>
    /// The file against a vendored draft-04 schema, by NJsonSchema. It does not check <c>const</c> (the manifest's one,
    /// manifestVersion, is compared with the <c>$schema</c> version above), <c>dependencies</c> or <c>if</c>/<c>then</c>
    /// (used only by Office add-in ribbons and agent connectors, which PolicyBot's manifest has none of).
    /// </summary>
    private static IEnumerable<string> SchemaErrors(string schemaPath, byte[] document, string name)
    {
        var schema = Schemas.GetOrAdd(Path.GetFullPath(schemaPath), path => JsonSchema.FromFileAsync(path).GetAwaiter().GetResult());
        var text = Encoding.UTF8.GetString(document.AsSpan().StartsWith("\uFEFF"u8) ? document.AsSpan(3) : document);
        return SchemaViolations.Describe(schema.Validate(text)).Select(e => $"{name}: {e}");
    }

    private static JsonElement? Parse(byte[] bytes)
    {
        try
        {
            var text = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes;
            using var document = JsonDocument.Parse(text.ToArray());
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"/teams/v(?<version>\d+\.\d+)/MicrosoftTeams\.schema\.json$")]
    private static partial Regex SchemaVersion();

    [GeneratedRegex(@"(?<name>[^.\[\]]+)(?:\[(?<index>\d+)\])*")]
    private static partial Regex PathPart();
}
