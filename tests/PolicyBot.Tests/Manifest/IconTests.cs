using PolicyBot.Bot.Commands;
using PolicyBot.Bot.Commands.Packaging;

namespace PolicyBot.Tests.Manifest;

public sealed class IconTests
{
    [Fact]
    public void CommittedIconsHaveTheSizesTeamsWantsAndAPureWhiteOutline()
    {
        var folder = ManifestFolder.Bundled();

        var color = PngImage.Read(File.ReadAllBytes(Path.Combine(folder, "color.png")))!;
        var outline = PngImage.Read(File.ReadAllBytes(Path.Combine(folder, "outline.png")))!;

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        var pixels = outline.Pixels!.Chunk(4).ToList();
        Assert.All(pixels.Where(p => p[3] > 0), p => Assert.Equal([255, 255, 255], p[..3]));
        Assert.Contains(pixels, p => p[3] == 0);
        Assert.True(File.Exists(Path.Combine(folder, "icons.sh")));
    }

    [Fact]
    public void PngReaderReturnsEveryPixelAsRgba()
    {
        var png = TestPng.Create(3, 2, (x, y) => ((byte)(x * 100), (byte)(y * 100), 7, (byte)(x == 2 ? 0 : 255)));

        var image = PngImage.Read(png)!;

        Assert.Equal([0, 0, 7, 255, 100, 0, 7, 255, 200, 0, 7, 0, 0, 100, 7, 255, 100, 100, 7, 255, 200, 100, 7, 0], image.Pixels);
    }

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
