using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Ngp.Tests.Integration;

/// <summary>Images and impostors made in memory for the media tests.</summary>
public static class MediaSamples
{
    /// <summary>A picture <paramref name="width"/> × <paramref name="height"/>: red left half, blue right half.</summary>
    public static byte[] Image(SKEncodedImageFormat format, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>The start of a Windows executable.</summary>
    public static byte[] WindowsExecutable() => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, .. new byte[200]];

    /// <summary>The start of a Linux executable.</summary>
    public static byte[] LinuxExecutable() => [0x7F, .. "ELF"u8, 0x02, 0x01, 0x01, 0x00, .. new byte[200]];

    public static byte[] Text() => Encoding.UTF8.GetBytes("Ceci n'est pas une photo, seulement du texte.\n");

    /// <summary>
    /// A JPEG carrying an EXIF block: orientation 6 (turn 90° clockwise to view), a GPS latitude and a description
    /// holding <paramref name="marker"/>, as a phone would write them.
    /// </summary>
    public static byte[] JpegWithExif(int width, int height, string marker)
    {
        var jpeg = Image(SKEncodedImageFormat.Jpeg, width, height);
        var tiff = new List<byte>();
        void U16(int v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); tiff.AddRange(b); }
        void U32(long v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32BigEndian(b, (uint)v); tiff.AddRange(b); }
        void Entry(int tag, int type, long count, long value) { U16(tag); U16(type); U32(count); U32(value); }

        var description = Encoding.ASCII.GetBytes(marker + "\0");
        const int ifd0 = 8, ifd0Size = 2 + (3 * 12) + 4;
        var descriptionOffset = ifd0 + ifd0Size;
        var gpsOffset = descriptionOffset + description.Length;
        const int gpsSize = 2 + (2 * 12) + 4;
        var latitudeOffset = gpsOffset + gpsSize;

        tiff.AddRange("MM"u8.ToArray());
        U16(42);
        U32(ifd0);
        U16(3);
        Entry(0x010E, 2, description.Length, descriptionOffset); // ImageDescription
        U16(0x0112); U16(3); U32(1); U16(6); U16(0);               // Orientation = 6, left-justified SHORT
        Entry(0x8825, 4, 1, gpsOffset);                            // GPS IFD
        U32(0);
        tiff.AddRange(description);
        U16(2);
        U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray()); // GPSLatitudeRef
        Entry(0x0002, 5, 3, latitudeOffset);                        // GPSLatitude
        U32(0);
        foreach (var (numerator, denominator) in new[] { (45, 1), (11, 1), (1885, 100) })
        {
            U32(numerator);
            U32(denominator);
        }

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        // Right after the SOI marker (FF D8), where cameras put it.
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>A tiny, valid-looking PNG that announces <paramref name="side"/> × <paramref name="side"/> pixels (a decompression bomb).</summary>
    public static byte[] PngAnnouncing(int side)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
        header[8] = 8;  // bit depth
        header[9] = 2;  // RGB
        Chunk(png, "IHDR", header);
        using var rows = new MemoryStream();
        using (var zlib = new ZLibStream(rows, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + (side * 3)];
            for (var i = 0; i < 64; i++)
                zlib.Write(row);
        }
        Chunk(png, "IDAT", rows.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
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
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string contentType, IDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
            form.Add(new StringContent(value), name);
        return form;
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType) =>
        client.PostAsync("api/v1/media", Form(bytes, fileName, contentType));

    /// <summary>
    /// Sends the path as a hostile client would like the site to see it: every escape decoded (%2F and %00 too), dot
    /// segments left in place (HttpClient would remove them, and Kestrel too).
    /// </summary>
    public static async Task<(HttpStatusCode Status, string Body)> GetRawAsync(Harness.NgpFactory factory, string path)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Host = new HostString("localhost");
            c.Request.Path = new PathString(Uri.UnescapeDataString(path));
        });
        using var reader = new StreamReader(context.Response.Body);
        return ((HttpStatusCode)context.Response.StatusCode, await reader.ReadToEndAsync());
    }

    /// <summary>Every stored file of the agency's images: under its media folder, and in its database (<c>Ngp:Media:Store</c> = <c>Database</c>).</summary>
    public static async Task<IReadOnlyList<string>> StoredFilesAsync(Harness.Agency agency)
    {
        var folder = Path.Combine(agency.Tenant.DataFolder, "media");
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList() : [];
        var rows = await agency.InScopeAsync(sp => sp.GetRequiredService<Ngp.Core.Data.NgpDbContext>().Set<Ngp.Media.Storage.MediaFileRecord>().Select(f => f.Path).ToListAsync());
        return [.. files, .. rows];
    }

    public static SKBitmap Decode(byte[] bytes) => SKBitmap.Decode(bytes) ?? throw new InvalidOperationException("Not an image.");
}
