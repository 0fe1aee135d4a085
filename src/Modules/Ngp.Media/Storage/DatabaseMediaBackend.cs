using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;

namespace Ngp.Media.Storage;

/// <summary>
/// Images in the tenant's database (table <c>MediaFiles</c>), so that every web node serves what any node received and a
/// node that dies takes nothing with it. Each node keeps the files it served in a disk cache (<c>media-cache/</c> in its
/// tenant folder), checked against the database at every request: an image deleted on one node is served by none.
/// </summary>
internal sealed class DatabaseMediaBackend(NgpDbContext db, ITenantContext tenantContext, TimeProvider clock) : IMediaBackend
{
    public const string CacheFolderName = "media-cache";

    private DbSet<MediaFileRecord> Files => db.Set<MediaFileRecord>();

    private string CacheRoot => Path.Combine(Path.GetFullPath(tenantContext.Tenant.DataFolder), CacheFolderName);

    public async Task WriteAsync(string id, ProcessedImage image, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        MediaFileRecord Record(int? width, int w, int h, byte[] bytes) => new()
        {
            Path = id + "/" + MediaLayout.FileName(width, image.Format),
            MediaId = id,
            ContentType = image.Format.ContentType,
            Width = w,
            Height = h,
            Length = bytes.Length,
            Content = bytes,
            StoredUtc = now,
        };
        Files.Add(Record(null, image.Width, image.Height, image.Original));
        foreach (var variant in image.Variants)
            Files.Add(Record(variant.Width, variant.Width, variant.Height, variant.Bytes));
        try
        {
            // One SaveChanges, one transaction: an image is stored whole or not at all. CancellationToken.None as for files.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        finally
        {
            // The bytes stay out of the context's memory for the rest of the request.
            foreach (var entry in db.ChangeTracker.Entries<MediaFileRecord>().ToList())
                entry.State = EntityState.Detached;
        }
    }

    public async Task<StoredFiles?> FindAsync(string id, CancellationToken ct)
    {
        var rows = await Files.AsNoTracking().Where(f => f.MediaId == id).Select(f => new { f.Path, f.Width, f.Height }).ToListAsync(ct);
        foreach (var format in ImageFormat.All)
        {
            var original = rows.FirstOrDefault(r => r.Path == id + "/" + MediaLayout.FileName(null, format));
            if (original is null)
                continue;
            var widths = MediaLayout.WidthsFor(original.Width).Where(w => rows.Any(r => r.Path == id + "/" + MediaLayout.FileName(w, format))).ToList();
            return new StoredFiles(format, original.Width, original.Height, widths);
        }
        return null;
    }

    public async Task<MediaFile?> OpenAsync(string path, ImageFormat format, CancellationToken ct)
    {
        var cached = Path.Combine(CacheRoot, path);
        var row = await Files.AsNoTracking().Where(f => f.Path == path).Select(f => new { f.Length, f.StoredUtc }).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            // Deleted elsewhere: this node's copy goes too.
            if (File.Exists(cached))
                File.Delete(cached);
            return null;
        }
        var file = new FileInfo(cached);
        if (!file.Exists || file.Length != row.Length)
        {
            var bytes = await Files.AsNoTracking().Where(f => f.Path == path).Select(f => f.Content).SingleOrDefaultAsync(ct);
            if (bytes is null)
                return null;
            Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
            // Written aside then moved: a request served at the same time never reads half a file.
            var temporary = cached + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, bytes, CancellationToken.None);
            File.Move(temporary, cached, overwrite: true);
        }
        return new MediaFile(cached, format.ContentType, row.Length, row.StoredUtc);
    }

    public async Task<IReadOnlyList<(string Id, DateTimeOffset StoredUtc)>> ListAsync(CancellationToken ct)
    {
        // A few rows per image, grouped here: SQLite's provider cannot take the minimum of a date.
        var rows = await Files.AsNoTracking().Select(f => new { f.MediaId, f.StoredUtc }).ToListAsync(ct);
        return rows.GroupBy(r => r.MediaId, StringComparer.Ordinal).Select(g => (g.Key, g.Min(r => r.StoredUtc))).ToList();
    }

    public async Task DeleteAsync(string id, CancellationToken ct)
    {
        await Files.Where(f => f.MediaId == id).ExecuteDeleteAsync(ct);
        if (MediaLayout.IsId(id))
            MediaFolders.Delete(Path.Combine(CacheRoot, id));
    }

    public async Task<int> PruneLocalAsync(CancellationToken ct)
    {
        var cachedImages = MediaFolders.List(CacheRoot).ToList();
        if (cachedImages.Count == 0)
            return 0;
        var stored = (await Files.AsNoTracking().Select(f => f.MediaId).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var dropped = 0;
        foreach (var (id, folder) in cachedImages.Where(c => !stored.Contains(c.Id)))
        {
            MediaFolders.Delete(folder);
            dropped++;
        }
        return dropped;
    }
}
