using SkiaSharp;

namespace Ngp.Media;

/// <summary>An accepted image format: how its bytes start, how it is stored and served.</summary>
public sealed record ImageFormat(string Name, string Extension, string ContentType, SKEncodedImageFormat Encoded)
{
    public static readonly ImageFormat Jpeg = new("JPEG", "jpg", "image/jpeg", SKEncodedImageFormat.Jpeg);
    public static readonly ImageFormat Png = new("PNG", "png", "image/png", SKEncodedImageFormat.Png);
    public static readonly ImageFormat Webp = new("WebP", "webp", "image/webp", SKEncodedImageFormat.Webp);

    public static readonly IReadOnlyList<ImageFormat> All = [Jpeg, Png, Webp];

    /// <summary>Bytes needed by <see cref="Sniff"/>.</summary>
    public const int SignatureLength = 12;

    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format the content's first bytes announce; null for anything else, whatever its name says.</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
            return Jpeg;
        if (head.StartsWith(PngSignature))
            return Png;
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
            return Webp;
        return null;
    }

    public static ImageFormat? FromExtension(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.Ordinal));
}
