using System.Text.Json;

namespace PolicyBot.Bot.Commands.Packaging;

/// <summary>
/// The icon rules of PROTOCOL.md §7: a 192×192 colour icon with a solid or fully transparent background, and a 32×32
/// outline icon that is pure white (any opacity) on a fully transparent background.
/// </summary>
public static class TeamsAppIconChecks
{
    public static void Check(JsonElement manifest, IReadOnlyDictionary<string, byte[]> files, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(errors);
        if (!manifest.TryGetProperty("icons", out var icons) || icons.ValueKind != JsonValueKind.Object) return;
        if (Load(icons, "color", files, errors) is { } color)
        {
            if (color.Image.Width != 192 || color.Image.Height != 192)
                errors.Add($"{color.Name}: the colour icon must be 192x192 pixels, not {color.Image.Width}x{color.Image.Height}");
            else if (!CornersSolidOrClear(color.Image, 192))
                errors.Add($"{color.Name}: the colour icon's background must be solid or fully transparent");
        }
        if (Load(icons, "outline", files, errors) is { } outline)
        {
            if (outline.Image.Width != 32 || outline.Image.Height != 32)
                errors.Add($"{outline.Name}: the outline icon must be 32x32 pixels, not {outline.Image.Width}x{outline.Image.Height}");
            else
                CheckOutline(outline.Name, outline.Image, errors);
        }
    }

    private static void CheckOutline(string name, IconImage image, List<string> errors)
    {
        int coloured = 0, clear = 0, white = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b, a) = image.Pixel(x, y);
                if (a == 0) clear++;
                else if (r == 255 && g == 255 && b == 255) white++;
                else coloured++;
            }
        }
        if (coloured > 0) errors.Add($"{name}: the outline icon must be pure white on transparency; {coloured} pixels have another colour");
        if (clear == 0) errors.Add($"{name}: the outline icon needs a transparent background");
        if (white == 0) errors.Add($"{name}: the outline icon shows nothing");
    }

    private static bool CornersSolidOrClear(IconImage image, int size) =>
        new[] { (0, 0), (size - 1, 0), (0, size - 1), (size - 1, size - 1) }.All(p => image.Pixel(p.Item1, p.Item2).A is 0 or 255);

    private static (string Name, IconImage Image)? Load(JsonElement icons, string kind, IReadOnlyDictionary<string, byte[]> files, List<string> errors)
    {
        if (!icons.TryGetProperty(kind, out var file) || file.ValueKind != JsonValueKind.String) return null;
        var name = file.GetString()!;
        if (!files.TryGetValue(name, out var bytes))
        {
            errors.Add($"{name}: the {kind} icon is referenced by the manifest but missing from the package");
            return null;
        }
        if (IconImage.Read(bytes) is not { } image)
        {
            errors.Add($"{name}: the {kind} icon is not a readable PNG");
            return null;
        }
        return (name, image);
    }
}
