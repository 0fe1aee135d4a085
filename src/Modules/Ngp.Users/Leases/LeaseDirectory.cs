using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Data;
using Ngp.Core.Tenancy;

namespace Ngp.Users.Leases;

/// <summary>
/// For the head office's « Trouver mon agence »: the agencies whose lease list holds a lease reference or a postcode.
/// Residents register on their agency; this only tells them where, each agency's list staying in its own database.
/// </summary>
public sealed class LeaseDirectory(IRunningTenants tenants, ITenantScopeFactory scopes)
{
    public static bool IsPostcode(string value) => value.Length == 5 && value.All(char.IsAsciiDigit);

    public async Task<IReadOnlyList<TenantDescriptor>> AgenciesHoldingAsync(string referenceOrPostcode, CancellationToken ct)
    {
        var value = referenceOrPostcode.Trim();
        var postcode = IsPostcode(value);
        var reference = Lease.Normalize(value);
        var found = new List<TenantDescriptor>();
        foreach (var agency in Agencies)
        {
            await using var scope = scopes.CreateScope(agency);
            var leases = scope.ServiceProvider.GetRequiredService<NgpDbContext>().Set<Lease>();
            if (postcode ? await leases.AnyAsync(l => l.Postcode == value, ct) : await leases.AnyAsync(l => l.Reference == reference, ct))
                found.Add(agency);
        }
        return found;
    }

    public IReadOnlyList<TenantDescriptor> Agencies =>
        tenants.Running.Where(t => !t.IsHeadOffice).OrderBy(t => t.DisplayName, StringComparer.CurrentCulture).ToList();
}
