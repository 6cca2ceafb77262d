using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolicyBot.Bot.Commands.Packaging;

/// <summary>
/// Builds the Teams app zip from the manifest template: fills in <c>{{MicrosoftAppId}}</c> and <c>{{BotDomain}}</c>,
/// takes <c>manifest.json</c> plus the files it references (icons, localization files), validates the whole package,
/// and writes the zip only when it is valid.
/// </summary>
public static partial class TeamsAppPackager
{
    public static List<string> Build(string manifestFolder, string appId, string domain, string outputPath)
    {
        var errors = new List<string>();
        if (!Guid.TryParse(appId, out _)) errors.Add($"app id \"{appId}\" is not a GUID (the bot's Entra app id)");
        if (!HostName().IsMatch(domain)) errors.Add($"domain \"{domain}\" must be a host name only, e.g. policybot.azurewebsites.net");
        var templatePath = Path.Combine(manifestFolder, TeamsAppPackageValidator.ManifestFile);
        if (!File.Exists(templatePath)) errors.Add($"no manifest template at {templatePath}");
        if (errors.Count > 0) return errors;

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [TeamsAppPackageValidator.ManifestFile] = Fill(File.ReadAllText(templatePath), appId, domain),
        };
        foreach (var name in ReferencedFiles(files[TeamsAppPackageValidator.ManifestFile]))
        {
            var path = Path.Combine(manifestFolder, name);
            if (!File.Exists(path)) continue; // the validator reports it
            files[name] = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Fill(File.ReadAllText(path), appId, domain) : File.ReadAllBytes(path);
        }

        var schemaFolder = Path.Combine(manifestFolder, "schema");
        errors.AddRange(TeamsAppPackageValidator.Validate(files, schemaFolder, appId));
        if (errors.Count > 0) return errors;

        var fullOutput = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullOutput)!);
        var temporary = fullOutput + ".tmp";
        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in files)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(bytes);
            }
        }
        File.Move(temporary, fullOutput, overwrite: true);
        return TeamsAppPackageValidator.ValidateZip(fullOutput, schemaFolder, appId);
    }

    private static byte[] Fill(string template, string appId, string domain) => Encoding.UTF8.GetBytes(template
        .Replace("{{MicrosoftAppId}}", appId, StringComparison.Ordinal)
        .Replace("{{BotDomain}}", domain, StringComparison.Ordinal));

    private static IEnumerable<string> ReferencedFiles(byte[] manifestBytes)
    {
        JsonElement manifest;
        try
        {
            using var document = JsonDocument.Parse(manifestBytes);
            manifest = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            yield break;
        }
        if (manifest.ValueKind != JsonValueKind.Object) yield break;
        if (manifest.TryGetProperty("icons", out var icons) && icons.ValueKind == JsonValueKind.Object)
            foreach (var icon in icons.EnumerateObject().Where(i => i.Value.ValueKind == JsonValueKind.String)) yield return Safe(icon.Value.GetString()!);
        if (!manifest.TryGetProperty("localizationInfo", out var info) || info.ValueKind != JsonValueKind.Object) yield break;
        if (info.TryGetProperty("defaultLanguageFile", out var d) && d.ValueKind == JsonValueKind.String) yield return Safe(d.GetString()!);
        if (info.TryGetProperty("additionalLanguages", out var more) && more.ValueKind == JsonValueKind.Array)
            foreach (var language in more.EnumerateArray().Where(l => l.ValueKind == JsonValueKind.Object))
                if (language.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String) yield return Safe(f.GetString()!);
    }

    // Referenced files live beside the manifest; a path that climbs out is kept as a name the validator will miss.
    private static string Safe(string name) => Path.GetFileName(name) == name ? name : "(outside the manifest folder) " + name;

    [GeneratedRegex(@"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")]
    private static partial Regex HostName();
}
