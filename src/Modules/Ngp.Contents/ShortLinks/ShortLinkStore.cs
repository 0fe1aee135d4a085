using Microsoft.EntityFrameworkCore;
using Ngp.Contents.Items;
using Ngp.Core.Data;
using Ngp.Core.Web;

namespace Ngp.Contents.ShortLinks;

/// <summary>
/// Gives, finds and writes out short addresses. Publishing gives an item its code in the publication's transaction;
/// an item published before short links existed gets its code the first time one is asked for it.
/// </summary>
public sealed class ShortLinkStore(NgpDbContext db, TimeProvider clock, SiteLinks links)
{
    private const int Attempts = 8;

    private DbSet<ContentShortLink> Links => db.Set<ContentShortLink>();

    /// <summary>The absolute short address of a code: <c>https://site/agence/a/3KX9</c>.</summary>
    public string Absolute(string code) => links.Absolute("a/" + code);

    /// <summary>Stages a code for the item in the current unit of work when it has none; the caller saves.</summary>
    public async Task AssignAsync(string contentItemId, CancellationToken ct)
    {
        if (Links.Local.Any(l => l.ContentItemId == contentItemId) || await Links.AnyAsync(l => l.ContentItemId == contentItemId, ct))
            return;
        Links.Add(new ContentShortLink { Code = await FreeCodeAsync(ct), ContentItemId = contentItemId, CreatedUtc = clock.GetUtcNow() });
    }

    /// <summary>The item a code names, or null.</summary>
    public async Task<string?> FindItemAsync(string? code, CancellationToken ct) =>
        ShortCodes.Normalize(code) is { } normalized
            ? await Links.AsNoTracking().Where(l => l.Code == normalized).Select(l => l.ContentItemId).SingleOrDefaultAsync(ct)
            : null;

    /// <summary>
    /// The absolute short address of each published item, in one query when they all have their code; items published
    /// before short links existed get theirs now.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> AddressesAsync(IEnumerable<ContentItemVersion> publishedItems, CancellationToken ct)
    {
        var ids = publishedItems.Where(i => i.Published).Select(i => i.ContentItemId).Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<string, string>();
        var codes = await Links.AsNoTracking().Where(l => ids.Contains(l.ContentItemId)).ToDictionaryAsync(l => l.ContentItemId, l => l.Code, ct);
        foreach (var missing in ids.Where(id => !codes.ContainsKey(id)))
            codes[missing] = await GiveLateAsync(missing, ct);
        return codes.ToDictionary(c => c.Key, c => Absolute(c.Value));
    }

    public async Task<string?> AddressAsync(ContentItemVersion publishedItem, CancellationToken ct) =>
        (await AddressesAsync([publishedItem], ct)).GetValueOrDefault(publishedItem.ContentItemId);

    // Saved on its own: a reader of the API may be the first to ask; if another request gave one meanwhile, theirs stays.
    private async Task<string> GiveLateAsync(string contentItemId, CancellationToken ct)
    {
        var link = new ContentShortLink { Code = await FreeCodeAsync(ct), ContentItemId = contentItemId, CreatedUtc = clock.GetUtcNow() };
        Links.Add(link);
        try
        {
            await db.SaveChangesAsync(ct);
            return link.Code;
        }
        catch (DbUpdateException)
        {
            db.Entry(link).State = EntityState.Detached;
            return await Links.AsNoTracking().Where(l => l.ContentItemId == contentItemId).Select(l => l.Code).SingleAsync(ct);
        }
    }

    private async Task<string> FreeCodeAsync(CancellationToken ct)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            // Four characters give 700,000 codes; past a few collisions, the space is crowded and codes grow by one.
            var code = ShortCodes.New(ShortCodes.Length + attempt / 3);
            if (!Links.Local.Any(l => l.Code == code) && !await Links.AnyAsync(l => l.Code == code, ct))
                return code;
        }
        throw new InvalidOperationException("No free short code after several attempts.");
    }
}
