using System.Buffers.Binary;
using System.IO.Compression;

namespace PolicyBot.Bot.Commands.Packaging;

/// <summary>
/// Just enough of PNG to check Teams icons: size, and every pixel as RGBA for 8-bit non-interlaced images
/// (grey, RGB, palette with tRNS, grey+alpha, RGBA). Anything else reads its size only (<see cref="Pixels"/> null).
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private PngImage(int width, int height, byte[]? pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>RGBA, 4 bytes per pixel, row by row; null for a bit depth or interlacing we do not decode.</summary>
    public byte[]? Pixels { get; }

    /// <summary>The image, or null when <paramref name="data"/> is not a PNG.</summary>
    public static PngImage? Read(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length < 33 || !data.AsSpan(0, 8).SequenceEqual(Signature)) return null;
        int width = 0, height = 0, depth = 0, colorType = 0, interlace = 0;
        byte[]? palette = null, transparency = null;
        using var compressed = new MemoryStream();
        for (var at = 8; at + 8 <= data.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(data, at + 4, 4);
            if (length < 0 || at + 12 + length > data.Length) return null;
            var chunk = data.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = (int)BinaryPrimitives.ReadUInt32BigEndian(chunk);
                    height = (int)BinaryPrimitives.ReadUInt32BigEndian(chunk[4..]);
                    (depth, colorType, interlace) = (chunk[8], chunk[9], chunk[12]);
                    break;
                case "PLTE": palette = chunk.ToArray(); break;
                case "tRNS": transparency = chunk.ToArray(); break;
                case "IDAT": compressed.Write(chunk); break;
                case "IEND": at = data.Length; continue;
            }
            at += 12 + length;
        }
        if (width <= 0 || height <= 0) return null;
        if (depth != 8 || interlace != 0 || width > 4096 || height > 4096) return new PngImage(width, height, null);

        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0) return null;
        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        var rows = Unfilter(raw.ToArray(), width, height, channels);
        return rows is null ? null : new PngImage(width, height, ToRgba(rows, width * height, colorType, palette, transparency));
    }

    private static byte[]? Unfilter(byte[] data, int width, int height, int bpp)
    {
        var stride = width * bpp;
        if (data.Length < height * (stride + 1)) return null;
        var output = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bpp ? output[(y * stride) + x - bpp] : 0;
                int up = y > 0 ? output[((y - 1) * stride) + x] : 0;
                int upLeft = x >= bpp && y > 0 ? output[((y - 1) * stride) + x - bpp] : 0;
                var predictor = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                output[(y * stride) + x] = (byte)(data[(y * (stride + 1)) + 1 + x] + predictor);
            }
        }
        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToRgba(byte[] samples, int count, int colorType, byte[]? palette, byte[]? transparency)
    {
        var rgba = new byte[count * 4];
        for (var i = 0; i < count; i++)
        {
            (byte r, byte g, byte b, byte a) = colorType switch
            {
                0 => (samples[i], samples[i], samples[i], (byte)255),
                2 => (samples[i * 3], samples[(i * 3) + 1], samples[(i * 3) + 2], (byte)255),
                3 => (Palette(palette, samples[i], 0), Palette(palette, samples[i], 1), Palette(palette, samples[i], 2),
                    transparency is not null && samples[i] < transparency.Length ? transparency[samples[i]] : (byte)255),
                4 => (samples[i * 2], samples[i * 2], samples[i * 2], samples[(i * 2) + 1]),
                _ => (samples[i * 4], samples[(i * 4) + 1], samples[(i * 4) + 2], samples[(i * 4) + 3]),
            };
            (rgba[i * 4], rgba[(i * 4) + 1], rgba[(i * 4) + 2], rgba[(i * 4) + 3]) = (r, g, b, a);
        }
        return rgba;
    }

    private static byte Palette(byte[]? palette, int index, int channel) =>
        palette is not null && (index * 3) + channel < palette.Length ? palette[(index * 3) + channel] : (byte)0;
}
