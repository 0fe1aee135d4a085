using Microsoft.EntityFrameworkCore;
using Ngp.Core.Accounts;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;
using Ngp.Users.Leases;

namespace Ngp.Users.Accounts;

public sealed class UserDirectory(NgpDbContext db, AuthenticatedUserLease authenticated, ITenantContext tenantContext) : IUserDirectory
{
    public async Task<IReadOnlyDictionary<string, string>> EmailsAsync(IEnumerable<string> userIds, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<string, string>();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, ct);
    }

    public async Task<IReadOnlyList<DirectoryEntry>> DescribeAsync(IEnumerable<string> userIds, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
            return [];
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null)
            .Select(u => new DirectoryEntry(u.Id, u.Email!, u.DisplayName))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, string>> PublicNamesAsync(IEnumerable<string> userIds, CancellationToken ct = default)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<string, string>();
        var agency = tenantContext.HasTenant ? tenantContext.Tenant.DisplayName : null;
        var known = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, IsResident = db.Set<LeaseHolder>().Any(h => h.UserId == u.Id) })
            .ToDictionaryAsync(u => u.Id, u => PublicName.Of(u.DisplayName, agency, u.IsResident), ct);
        return ids.ToDictionary(id => id, id => known.GetValueOrDefault(id) ?? PublicName.Deleted);
    }

    public async Task<IReadOnlyList<string>> InRolesAsync(IEnumerable<string> roles, CancellationToken ct = default)
    {
        var names = roles.Select(r => r.ToUpperInvariant()).Distinct().ToList();
        if (names.Count == 0)
            return [];
        return await db.UserRoles.AsNoTracking()
            .Join(db.Roles.Where(r => names.Contains(r.NormalizedName!)), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Distinct()
            .ToListAsync(ct);
    }
    public Task<UserLease?> LeaseAsync(string userId, CancellationToken ct = default) =>
        authenticated.TryGet(userId, out var known)
            ? Task.FromResult(known)
            : db.Set<LeaseHolder>().AsNoTracking().Where(h => h.UserId == userId)
                .Select(h => new UserLease(h.Lease!.Reference, h.Lease.Building))
                .SingleOrDefaultAsync(ct);

    public async Task<IReadOnlyList<LeaseAddress>> LeasesInBuildingsAsync(IReadOnlyCollection<string> buildings, CancellationToken ct = default)
    {
        var wanted = buildings.Select(b => b.Trim()).Where(b => b.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (wanted.Count == 0)
            return [];
        // Buildings are few per agency: compared in memory, the case of « Les Érables » is ignored on both providers alike.
        var known = await db.Set<Lease>().AsNoTracking().Select(l => l.Building).Distinct().ToListAsync(ct);
        var chosen = known.Where(wanted.Contains).ToList();
        return await db.Set<Lease>().AsNoTracking().Where(l => chosen.Contains(l.Building))
            .OrderBy(l => l.Building).ThenBy(l => l.Reference)
            .Select(l => new LeaseAddress(l.Reference, l.Building, l.Postcode, l.Street, l.City, l.Dwelling))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<string>> BuildingsAsync(CancellationToken ct = default) =>
        (await db.Set<Lease>().AsNoTracking().Select(l => l.Building).Distinct().ToListAsync(ct)).Order(StringComparer.CurrentCulture).ToList();

    public Task<LeaseAddress?> FindLeaseAsync(string reference, CancellationToken ct = default)
    {
        var normalized = Lease.Normalize(reference);
        return db.Set<Lease>().AsNoTracking().Where(l => l.Reference == normalized)
            .Select(l => new LeaseAddress(l.Reference, l.Building, l.Postcode, l.Street, l.City, l.Dwelling))
            .SingleOrDefaultAsync(ct);
    }
}
