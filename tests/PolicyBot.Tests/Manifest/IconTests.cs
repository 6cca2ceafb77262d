using PolicyBot.Bot.Commands;
using PolicyBot.Bot.Commands.Packaging;

namespace PolicyBot.Tests.Manifest;

public sealed class IconTests
{
    [Fact]
    public void CommittedIconsHaveTheSizesTeamsWantsAndAPureWhiteOutline()
    {
        var folder = ManifestFolder.Bundled();

        var color = IconImage.Read(File.ReadAllBytes(Path.Combine(folder, "color.png")))!;
        var outline = IconImage.Read(File.ReadAllBytes(Path.Combine(folder, "outline.png")))!;

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        var pixels = Pixels(outline);
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.True(File.Exists(Path.Combine(folder, "icons.sh")));
    }

    [Fact]
    public void IconReaderReturnsEveryPixelAsRgba()
    {
        var png = TestPng.Create(3, 2, (x, y) => ((byte)(x * 100), (byte)(y * 100), 7, (byte)(x == 2 ? 0 : 255)));

        var image = IconImage.Read(png)!;

        Assert.Equal([(0, 0, 7, 255), (100, 0, 7, 255), (200, 0, 7, 0), (0, 100, 7, 255), (100, 100, 7, 255), (200, 100, 7, 0)], Pixels(image));
    }

    [Fact]
    public void PaletteTransparencyIsReadSoAPaletteOutlineIconPasses()
    {
        // BigGustave alone reads palette pixels as opaque: this icon would be "black on no transparency".
        var outline = TestPng.Palette(32, 32, [(0, 0, 0, 0), (255, 255, 255, 255)], (x, y) => (byte)(x < 8 ? 0 : 1));
        var halfRed = TestPng.Palette(1, 1, [(255, 0, 0, 128)], (_, _) => 0);
        // A colour listed twice with different alphas cannot be told apart by colour: read as opaque, so refused.
        var ambiguous = TestPng.Palette(32, 32, [(0, 0, 0, 0), (255, 255, 255, 255), (0, 0, 0, 255)], (x, y) => (byte)(x < 8 ? 0 : 1));
        var manifest = System.Text.Json.JsonDocument.Parse("""{"icons":{"outline":"outline.png"}}""").RootElement;
        var errors = new List<string>();
        var ambiguousErrors = new List<string>();

        TeamsAppIconChecks.Check(manifest, new Dictionary<string, byte[]> { ["outline.png"] = outline }, errors);
        TeamsAppIconChecks.Check(manifest, new Dictionary<string, byte[]> { ["outline.png"] = ambiguous }, ambiguousErrors);

        Assert.Empty(errors);
        Assert.Equal((0, 0, 0, 0), IconImage.Read(outline)!.Pixel(0, 0));
        Assert.Equal((255, 0, 0, 128), IconImage.Read(halfRed)!.Pixel(0, 0));
        Assert.Contains(ambiguousErrors, e => e.Contains("256 pixels have another colour", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 32, 0, 0, 0, 32, 8, 6, 0, 0, 0 })]
    public void WhatIsNoReadablePngIsNull(byte[] data)
    {
        Assert.Null(IconImage.Read(data));
    }

    private static List<(byte R, byte G, byte B, byte A)> Pixels(IconImage image) =>
        [.. Enumerable.Range(0, image.Height).SelectMany(y => Enumerable.Range(0, image.Width).Select(x => image.Pixel(x, y)))];

    [Fact]
    public async Task PackageVerbWritesTheZipAndRefusesMissingArguments()
    {
        using var folder = ManifestFolder.Copy();
        Task<int> package(string[] args) => BotCommands.InvokeAsync(["package", .. args]);

        var written = await package(["--app-id", ManifestFolder.AppId, "--domain", ManifestFolder.Domain, "--out", folder.Output, "--manifest", folder.Path]);
        var missing = await package(["--manifest", folder.Path]);

        Assert.Equal(0, written);
        Assert.True(File.Exists(folder.Output));
        Assert.Equal(2, missing);
    }
}
