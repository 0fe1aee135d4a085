using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Web;

namespace Ngp.Users.Leases;

/// <summary>
/// The agency's leases for the admin, by building then reference, a page at a time; a search matches part of the reference
/// (spaces and case ignored, as references are stored), of the building (case ignored) or the start of the postcode.
/// </summary>
public sealed class LeaseList(NgpDbContext db)
{
    public const int PageSize = 50;

    public async Task<LeasePage> PageAsync(string? search, int page, CancellationToken ct)
    {
        var leases = db.Set<Lease>().AsNoTracking();
        // A query string may carry control characters, which PostgreSQL refuses; they match nothing anyway.
        var text = TextInput.WithoutControlCharacters(search)?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            var reference = Lease.Normalize(text);
            // SQLite's lower() and upper() change ASCII letters only: comparing both ways finds « Érables » from
            // « érables » and « Résidence » from « RÉSIDENCE »; PostgreSQL folds every letter either way.
            var lower = text.ToLowerInvariant();
            var upper = text.ToUpperInvariant();
            leases = leases.Where(l => l.Reference.Contains(reference) || l.Building.ToLower().Contains(lower) || l.Building.ToUpper().Contains(upper)
                || l.Postcode.StartsWith(text));
        }
        var total = await leases.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await leases.OrderBy(l => l.Building).ThenBy(l => l.Reference)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(l => new LeaseListRow(l.Reference, l.Building, l.Postcode, l.ImportedUtc, db.Set<LeaseHolder>().Count(h => h.LeaseId == l.Id),
                l.Street, l.City, l.Dwelling))
            .ToListAsync(ct);
        return new LeasePage(rows, total, page, pageCount);
    }

    /// <summary>The agency's buildings, as the lease list names them, in order: what posters and letters are printed for.</summary>
    public async Task<IReadOnlyList<string>> BuildingsAsync(CancellationToken ct) =>
        (await db.Set<Lease>().AsNoTracking().Select(l => l.Building).Distinct().ToListAsync(ct))
            .Where(b => b.Length > 0).Order(StringComparer.Create(ParisTime.French, ignoreCase: true)).ToList();
}
