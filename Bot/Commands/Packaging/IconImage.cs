using System.Buffers.Binary;
using BigGustave;

namespace PolicyBot.Bot.Commands.Packaging;

/// <summary>
/// A Teams icon read with BigGustave (any bit depth, colour type and interlacing): its size and each pixel as RGBA.
/// BigGustave leaves out one thing the icon rules need, a palette image's transparency (the tRNS chunk, what tools
/// such as pngquant write): <see cref="PaletteTransparency"/> reads that chunk beside it.
/// </summary>
public sealed class IconImage
{
    // Far above any icon. BigGustave decodes the whole image when it opens it, so a larger one is measured, not decoded.
    private const int MaxDecodedSide = 4096;

    private readonly Png? _png;
    private readonly IReadOnlyDictionary<int, byte>? _paletteAlpha;

    private IconImage(int width, int height, Png? png, IReadOnlyDictionary<int, byte>? paletteAlpha)
    {
        (Width, Height, _png, _paletteAlpha) = (width, height, png, paletteAlpha);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>False only for an image too large to decode (its size is wrong for any icon anyway).</summary>
    public bool HasPixels => _png is not null;

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var pixel = (_png ?? throw new InvalidOperationException("The image was too large to decode")).GetPixel(x, y);
        var alpha = _paletteAlpha is not null && _paletteAlpha.TryGetValue((pixel.R << 16) | (pixel.G << 8) | pixel.B, out var a) ? a : pixel.A;
        return (pixel.R, pixel.G, pixel.B, alpha);
    }

    /// <summary>The image, or null when <paramref name="data"/> is not a readable PNG.</summary>
    public static IconImage? Read(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        // The signature is 8 bytes, then IHDR's length and name, then width and height.
        if (data.Length < 24 || !data.AsSpan(12, 4).SequenceEqual("IHDR"u8)) return null;
        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(20)));
        if (width <= 0 || height <= 0) return null;
        if (width > MaxDecodedSide || height > MaxDecodedSide) return new IconImage(width, height, null, null);
        var transparency = new PaletteTransparency();
        try
        {
            var png = Png.Open(data, new PngOpenerSettings { ChunkVisitor = transparency });
            return new IconImage(png.Width, png.Height, png, transparency.AlphaByColour());
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or InvalidDataException
            or IndexOutOfRangeException or NotSupportedException or OverflowException)
        {
            return null;
        }
    }
}
