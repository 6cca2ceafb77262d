using System.IO.Compression;
using System.Text.Json.Nodes;
using PolicyBot.Bot.Commands.Packaging;

namespace PolicyBot.Tests.Manifest;

public sealed class TeamsAppPackageTests
{
    [Fact]
    public void BundledManifestBuildsAValidPackageWithEverythingAtTheRoot()
    {
        using var folder = ManifestFolder.Copy();

        var errors = TeamsAppPackager.Build(folder.Path, ManifestFolder.AppId, ManifestFolder.Domain, folder.Output);

        Assert.Empty(errors);
        Assert.Empty(TeamsAppPackageValidator.ValidateZip(folder.Output, folder.Schemas, ManifestFolder.AppId));
        using var zip = ZipFile.OpenRead(folder.Output);
        Assert.Equal(["color.png", "manifest.json", "nl.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(reader.ReadToEnd())!;
        Assert.Equal(ManifestFolder.AppId, (string?)manifest["id"]);
        Assert.Equal(ManifestFolder.AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(ManifestFolder.Domain, (string?)manifest["validDomains"]![0]);
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.Equal("1.30", (string?)manifest["manifestVersion"]);
    }

    [Fact]
    public void CommandsAreListedInEnglishAndDutch()
    {
        var folder = ManifestFolder.Bundled();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        var dutch = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "nl.json")))!.AsObject();

        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        Assert.Equal(["help", "may I share this?", "browse topics", "talk to someone", "test your knowledge", "Customer photo", "A journalist"],
            commands.Select(c => (string?)c!["title"]));
        Assert.Equal(["hulp", "mag ik dit delen?", "onderwerpen", "iemand spreken", "test je kennis", "Foto van een klant", "Een journalist"],
            Enumerable.Range(0, commands.Count).Select(i => (string?)dutch[$"bots[0].commandLists[0].commands[{i}].title"]));
    }

    [Fact]
    public void PromptStartersSendTheirPromptInEnglishAndDutch()
    {
        var folder = ManifestFolder.Bundled();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!;
        var dutch = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "nl.json")))!.AsObject();

        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
        var prompts = Enumerable.Range(0, commands.Count).Where(i => (string?)commands[i]!["type"] == "prompt").ToList();

        Assert.Equal(["May I share a photo of a customer?", "A journalist messaged me"], prompts.Select(i => (string?)commands[i]!["prompt"]));
        Assert.Equal(["Mag ik een foto van een klant delen?", "Een journalist stuurde me een bericht"],
            prompts.Select(i => (string?)dutch[$"bots[0].commandLists[0].commands[{i}].prompt"]));
    }

    [Theory]
    [InlineData("wrong botId")]
    [InlineData("oversized name")]
    [InlineData("missing icon")]
    [InlineData("version mismatch")]
    [InlineData("unknown property")]
    [InlineData("outline icon in colour")]
    [InlineData("colour icon of the wrong size")]
    [InlineData("translation of a missing command")]
    [InlineData("oversized translation")]
    public void BrokenManifestIsRefusedAndNoZipIsWritten(string breakage)
    {
        using var folder = ManifestFolder.Copy();
        var expected = Break(folder, breakage);

        var errors = TeamsAppPackager.Build(folder.Path, ManifestFolder.AppId, ManifestFolder.Domain, folder.Output);

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.False(File.Exists(folder.Output));
    }

    [Fact]
    public void PackageWithAFolderInsideIsRefused()
    {
        using var folder = ManifestFolder.Copy();
        TeamsAppPackager.Build(folder.Path, ManifestFolder.AppId, ManifestFolder.Domain, folder.Output);
        using (var zip = ZipFile.Open(folder.Output, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("outline.png")!;
            using (var from = entry.Open())
            using (var to = zip.CreateEntry("icons/outline.png").Open()) from.CopyTo(to);
            entry.Delete();
        }

        var errors = TeamsAppPackageValidator.ValidateZip(folder.Output, folder.Schemas, ManifestFolder.AppId);

        Assert.Contains(errors, e => e.StartsWith("icons/outline.png: every file must be at the root", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("outline.png: the outline icon is referenced by the manifest but missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not-a-guid", ManifestFolder.Domain, "is not a GUID")]
    [InlineData(ManifestFolder.AppId, "https://policybot.contoso.example/", "must be a host name only")]
    public void BadArgumentsAreReportedBeforeAnythingIsRead(string appId, string domain, string expected)
    {
        var errors = TeamsAppPackager.Build("/nonexistent", appId, domain, "unused.zip");

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    private static string Break(ManifestFolder folder, string breakage)
    {
        switch (breakage)
        {
            case "wrong botId":
                folder.Edit("manifest.json", m => m.Replace("\"botId\": \"{{MicrosoftAppId}}\"", "\"botId\": \"00000000-0000-0000-0000-000000000000\"", StringComparison.Ordinal));
                return "$.bots[0].botId is \"00000000-0000-0000-0000-000000000000\", not the app id";
            case "oversized name":
                folder.Edit("manifest.json", m => m.Replace("\"short\": \"PolicyBot\"", "\"short\": \"PolicyBot for every employee everywhere\"", StringComparison.Ordinal));
                return "manifest.json: $.name.short: longer than 30 characters";
            case "missing icon":
                File.Delete(Path.Combine(folder.Path, "outline.png"));
                return "outline.png: the outline icon is referenced by the manifest but missing from the package";
            case "version mismatch":
                folder.Edit("manifest.json", m => m.Replace("\"manifestVersion\": \"1.30\"", "\"manifestVersion\": \"1.29\"", StringComparison.Ordinal));
                return "manifestVersion \"1.29\" differs from the $schema version v1.30";
            case "unknown property":
                folder.Edit("manifest.json", m => m.Replace("\"accentColor\"", "\"colour\": \"blue\", \"accentColor\"", StringComparison.Ordinal));
                return "property 'colour' is not allowed";
            case "outline icon in colour":
                File.WriteAllBytes(Path.Combine(folder.Path, "outline.png"), TestPng.Create(32, 32, (x, y) => x < 16 ? ((byte)31, (byte)111, (byte)178, (byte)255) : ((byte)0, (byte)0, (byte)0, (byte)0)));
                return "outline.png: the outline icon must be pure white on transparency; 512 pixels have another colour";
            case "colour icon of the wrong size":
                File.Copy(Path.Combine(folder.Path, "outline.png"), Path.Combine(folder.Path, "color.png"), overwrite: true);
                return "color.png: the colour icon must be 192x192 pixels, not 32x32";
            case "translation of a missing command":
                folder.Edit("nl.json", m => m.Replace("\"bots[0].commandLists[0].commands[3].title\"", "\"bots[0].commandLists[0].commands[7].title\"", StringComparison.Ordinal));
                return "nl.json: 'bots[0].commandLists[0].commands[7].title' translates nothing in manifest.json";
            case "oversized translation":
                folder.Edit("nl.json", m => m.Replace("\"hulp\"", "\"hulp " + new string('x', 130) + "\"", StringComparison.Ordinal));
                return "nl.json: $['bots[0].commandLists[0].commands[0].title']: longer than 128 characters";
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage));
        }
    }
}
