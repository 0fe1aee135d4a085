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

    /// <summary>
    /// Where images are kept: <see cref="MediaStoreKind.Files"/> under the tenant's folder, or
    /// <see cref="MediaStoreKind.Database"/> in the tenant's database with a disk cache on each web node. Unset: files on
    /// SQLite, the database on PostgreSQL (where several nodes share the data and none may hold the only copy).
    /// </summary>
    public MediaStoreKind? Store { get; set; }

    /// <summary>How old an image no content uses must be before the clean-up deletes it: an editor uploads, then saves.</summary>
    public TimeSpan UnusedGracePeriod { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often each node deletes the images no content uses any more.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(6);
}
