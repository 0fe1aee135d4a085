namespace Ngp.Media.Storage;

/// <summary>Where the bytes of the tenant's images live; <see cref="MediaStore"/> checks and describes, a backend keeps.</summary>
internal interface IMediaBackend
{
    /// <summary>Writes every file of a new image; nothing of it stays when this throws.</summary>
    Task WriteAsync(string id, ProcessedImage image, CancellationToken ct);

    /// <summary>The stored files of an image (its original first); null when there is none.</summary>
    Task<StoredFiles?> FindAsync(string id, CancellationToken ct);

    /// <summary>A stored file ready to be served from this node's disk; null when it does not exist (any more).</summary>
    Task<MediaFile?> OpenAsync(string path, ImageFormat format, CancellationToken ct);

    /// <summary>Every stored image with the time it was stored.</summary>
    Task<IReadOnlyList<(string Id, DateTimeOffset StoredUtc)>> ListAsync(CancellationToken ct);

    /// <summary>Deletes an image and all its files, for every node.</summary>
    Task DeleteAsync(string id, CancellationToken ct);

    /// <summary>Drops from this node's disk what is no longer stored (a cache); returns the images dropped.</summary>
    Task<int> PruneLocalAsync(CancellationToken ct);
}
