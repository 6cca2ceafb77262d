using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PolicyBot.Tests.Manifest;

/// <summary>Writes small 8-bit RGBA or palette PNGs (filter 0) for icon tests.</summary>
public static class TestPng
{
    public static byte[] Create(int width, int height, Func<int, int, (byte R, byte G, byte B, byte A)> pixel) =>
        Encode(width, height, colorType: 6, (x, y) => pixel(x, y) is var (r, g, b, a) ? [r, g, b, a] : []);

    /// <summary>An 8-bit palette image whose transparency is in a tRNS chunk, as pngquant and similar tools write it.</summary>
    public static byte[] Palette(int width, int height, (byte R, byte G, byte B, byte A)[] palette, Func<int, int, byte> index) =>
        Encode(width, height, colorType: 3, (x, y) => [index(x, y)],
            ("PLTE", palette.SelectMany(p => new[] { p.R, p.G, p.B }).ToArray()),
            ("tRNS", palette.Select(p => p.A).ToArray()));

    private static byte[] Encode(int width, int height, byte colorType, Func<int, int, byte[]> samples, params (string Type, byte[] Data)[] before)
    {
        var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++) raw.Write(samples(x, y));
        }
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) z.Write(raw.ToArray());

        var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)height);
        (header[8], header[9]) = (8, colorType);
        Chunk(png, "IHDR", header);
        foreach (var (type, data) in before) Chunk(png, type, data);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
