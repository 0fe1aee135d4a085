using Ngp.Core.Tenancy;
using SkiaSharp;

namespace Ngp.Media.Storage;

/// <summary>
/// Images as files under the tenant's data folder (<c>media/yyyy/MM/&lt;id&gt;/</c>): the files are the record. The default
/// on SQLite, where one node owns the data folder.
/// </summary>
internal sealed class FileMediaBackend(ITenantContext tenantContext) : IMediaBackend
{
    private string MediaRoot => Path.Combine(Path.GetFullPath(tenantContext.Tenant.DataFolder), MediaLayout.FolderName);

    public async Task WriteAsync(string id, ProcessedImage image, CancellationToken ct)
    {
        var folder = Path.Combine(MediaRoot, id);
        Directory.CreateDirectory(folder);
        try
        {
            // CancellationToken.None: once writing starts, a half-written image is worse than a finished one nobody uses.
            await File.WriteAllBytesAsync(Path.Combine(folder, MediaLayout.FileName(null, image.Format)), image.Original, CancellationToken.None);
            foreach (var variant in image.Variants)
                await File.WriteAllBytesAsync(Path.Combine(folder, MediaLayout.FileName(variant.Width, image.Format)), variant.Bytes, CancellationToken.None);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public Task<StoredFiles?> FindAsync(string id, CancellationToken ct)
    {
        var folder = Path.Combine(MediaRoot, id);
        foreach (var format in ImageFormat.All)
        {
            var original = Path.Combine(folder, MediaLayout.FileName(null, format));
            if (!File.Exists(original))
                continue;
            // Only the header is read: the codec gives the size without decoding the pixels.
            using var codec = SKCodec.Create(original);
            if (codec is null)
                return Task.FromResult<StoredFiles?>(null);
            var (width, height) = (codec.Info.Width, codec.Info.Height);
            var widths = MediaLayout.WidthsFor(width).Where(w => File.Exists(Path.Combine(folder, MediaLayout.FileName(w, format)))).ToList();
            return Task.FromResult<StoredFiles?>(new StoredFiles(format, width, height, widths));
        }
        return Task.FromResult<StoredFiles?>(null);
    }

    public Task<MediaFile?> OpenAsync(string path, ImageFormat format, CancellationToken ct)
    {
        var root = MediaRoot;
        var full = Path.GetFullPath(Path.Combine(root, path));
        // The pattern already rules out "..", but the file must be inside this tenant's media folder whatever happens.
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return Task.FromResult<MediaFile?>(null);
        var file = new FileInfo(full);
        if (!file.Exists)
            return Task.FromResult<MediaFile?>(null);
        return Task.FromResult<MediaFile?>(new MediaFile(full, format.ContentType, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero)));
    }

    public Task<IReadOnlyList<(string Id, DateTimeOffset StoredUtc)>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<(string, DateTimeOffset)>>(MediaFolders.List(MediaRoot)
            .Select(f => (f.Id, new DateTimeOffset(Directory.GetLastWriteTimeUtc(f.Path), TimeSpan.Zero)))
            .ToList());

    public Task DeleteAsync(string id, CancellationToken ct)
    {
        if (MediaLayout.IsId(id))
            MediaFolders.Delete(Path.Combine(MediaRoot, id));
        return Task.CompletedTask;
    }

    public Task<int> PruneLocalAsync(CancellationToken ct) => Task.FromResult(0);
}
