using BigGustave;

namespace PolicyBot.Bot.Commands.Packaging;

/// <summary>
/// Collects a palette image's PLTE and tRNS chunks while BigGustave reads it, and gives each palette colour its alpha:
/// BigGustave reports palette pixels as opaque. A colour the palette lists twice with different alphas is taken as
/// opaque (its pixels cannot be told apart by colour), so such an outline icon is refused rather than passed.
/// </summary>
internal sealed class PaletteTransparency : IChunkVisitor
{
    private byte[]? _palette;
    private byte[]? _alpha;
    private bool _usesPalette;

    public void Visit(Stream stream, ImageHeader header, ChunkHeader chunkHeader, byte[] data, byte[] crc)
    {
        _usesPalette = header.ColorType.HasFlag(ColorType.PaletteUsed);
        if (chunkHeader.Name == "PLTE") _palette = data;
        if (chunkHeader.Name == "tRNS") _alpha = data;
    }

    /// <summary>Alpha by colour (<c>R &lt;&lt; 16 | G &lt;&lt; 8 | B</c>); null when the image has no palette transparency.</summary>
    public IReadOnlyDictionary<int, byte>? AlphaByColour()
    {
        if (!_usesPalette || _palette is null || _alpha is null) return null;
        var alphas = new Dictionary<int, byte>();
        for (var index = 0; (index * 3) + 2 < _palette.Length; index++)
        {
            var colour = (_palette[index * 3] << 16) | (_palette[(index * 3) + 1] << 8) | _palette[(index * 3) + 2];
            var alpha = index < _alpha.Length ? _alpha[index] : (byte)255;
            alphas[colour] = alphas.TryGetValue(colour, out var earlier) && earlier != alpha ? (byte)255 : alpha;
        }
        return alphas;
    }
}
