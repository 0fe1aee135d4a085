using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Media;

namespace Ngp.Contents.MediaUse;

/// <summary>
/// The images content uses: any version of any item (the history can be restored), its main image, its Markdown and its
/// links alike. An image stops being used when the last version naming it goes, with its item.
/// </summary>
public sealed class ContentMediaReferences(NgpDbContext db) : IMediaReferences
{
    public async Task<IReadOnlySet<string>> UsedMediaIdsAsync(CancellationToken ct)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        // Streamed: only the versions that name a stored image are read whole.
        await foreach (var data in db.Set<ContentItemVersion>().AsNoTracking().Where(v => v.Data.Contains("media/")).Select(v => v.Data).AsAsyncEnumerable().WithCancellation(ct))
            used.UnionWith(MediaLayout.IdsIn(data));
        return used;
    }
}
