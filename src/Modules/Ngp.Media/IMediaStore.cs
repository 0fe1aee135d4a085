using Ngp.Core.Results;

namespace Ngp.Media;

/// <summary>
/// Images of the current tenant (a news item's main image, say), stored as files under the tenant's data folder or in
/// its database (<c>Ngp:Media:Store</c>).
/// Other modules keep <see cref="StoredImage.Id"/> and ask <see cref="FindAsync"/> for the URLs when they render,
/// so a tenant's prefix can change without touching stored content.
/// </summary>
public interface IMediaStore
{
    /// <summary>
    /// Checks and stores an uploaded image: JPEG, PNG or WebP judged from its bytes (never its name), within the size and
    /// pixel limits of <see cref="MediaOptions"/>; the image is re-encoded (its EXIF metadata, GPS position included, is
    /// dropped) and resized to the widths of <see cref="MediaStore.VariantWidths"/> that are smaller than it.
    /// </summary>
    /// <param name="content">The upload; read once, at most <see cref="MediaOptions.MaxUploadBytes"/> + 1 bytes of it.</param>
    /// <param name="fileName">The name the person gave: for logs only.</param>
    /// <returns>The stored image, or <see cref="Result.Invalid(string, string, string)"/> with a French message on field <c>file</c>.</returns>
    Task<Result<StoredImage>> SaveImageAsync(Stream content, string fileName, CancellationToken ct);

    /// <summary>A stored image of this tenant by its id (<c>2026/05/9f…</c>); null when there is none.</summary>
    Task<StoredImage?> FindAsync(string id, CancellationToken ct);

    /// <summary>
    /// A stored file of this tenant by its path under <c>media/</c> (<c>2026/05/9f…/960.jpg</c>), on this node's disk; null
    /// for anything that is not exactly such a path of an existing file (traversal, other names, another tenant's image,
    /// an image deleted on any node).
    /// </summary>
    Task<MediaFile?> OpenAsync(string path, CancellationToken ct);
}
