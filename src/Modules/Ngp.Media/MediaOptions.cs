using System.ComponentModel.DataAnnotations;

namespace Ngp.Media;

/// <summary>Settings of <c>Ngp:Media</c>, validated at start.</summary>
public sealed class MediaOptions
{
    public const string Section = "Ngp:Media";

    /// <summary>Largest accepted file, in bytes (5 Mo by default).</summary>
    [Range(1, 200L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Largest accepted image in pixels (width × height), checked before decoding: a small file can expand to gigabytes.</summary>
    [Range(1, 200_000_000L)]
    public long MaxPixels { get; set; } = 40_000_000;

    [Range(1, 100)]
    public int JpegQuality { get; set; } = 85;

    [Range(1, 100)]
    public int WebpQuality { get; set; } = 80;
}
