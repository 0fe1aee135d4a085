using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core;
using Ngp.Core.Tenancy;
using Ngp.Tenants.Data;

namespace Ngp.Tenants;

/// <summary>
/// The tenants of the site, kept in memory and read again from the host database after every change, on this web node
/// and, through <see cref="CacheSignals"/>, on every other.
/// </summary>
public sealed class TenantRegistry : IRunningTenants, ITenantAddresses
{
    public const string Cache = "tenants";

    private readonly IServiceScopeFactory _scopes;
    private readonly TenantDatabases _databases;
    private readonly CacheSignals _signals;

    public TenantRegistry(IServiceScopeFactory scopes, TenantDatabases databases, CacheSignals signals)
    {
        _scopes = scopes;
        _databases = databases;
        _signals = signals;
        signals.Subscribe(Cache, _ => new ValueTask(ReloadAsync()));
    }

    public IReadOnlyList<TenantDescriptor> Running => _tenants.Where(t => t.State == TenantState.Running).ToList();

    private volatile IReadOnlyList<TenantDescriptor> _tenants = [];

    public IReadOnlyList<TenantDescriptor> All => _tenants;

    public TenantDescriptor? Find(string name) => _tenants.FirstOrDefault(t => t.Name == name);

    public async Task ReloadAsync(CancellationToken ct = default)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var records = await db.Tenants.AsNoTracking().ToListAsync(ct);
        _tenants = records.Select(_databases.Describe).OrderBy(t => t.IsHeadOffice ? 0 : 1).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Reads the registry again after this node changed it, and tells the other nodes to do the same.</summary>
    public async Task ChangedAsync(CancellationToken ct = default)
    {
        await ReloadAsync(ct);
        _signals.Announce(Cache, "");
    }

    /// <summary>
    /// Finds the tenant of a request: host and prefix, then host alone, then prefix alone, then the head office.
    /// </summary>
    /// <returns>The tenant and its prefix as matched (empty when the tenant answers at the root).</returns>
    public (TenantDescriptor Tenant, string Prefix)? Resolve(HostString host, PathString path)
    {
        var hostName = host.Host.ToLowerInvariant();
        var firstSegment = FirstSegment(path);
        var tenants = _tenants;

        TenantDescriptor? match =
            tenants.FirstOrDefault(t => t.UrlPrefix.Length > 0 && t.UrlPrefix == firstSegment && t.HostNames.Contains(hostName))
            ?? tenants.FirstOrDefault(t => t.UrlPrefix.Length == 0 && t.HostNames.Contains(hostName))
            ?? tenants.FirstOrDefault(t => t.UrlPrefix.Length > 0 && t.UrlPrefix == firstSegment && t.HostNames.Count == 0);
        if (match is not null)
            return (match, match.UrlPrefix);
        var headOffice = tenants.FirstOrDefault(t => t.IsHeadOffice);
        return headOffice is null ? null : (headOffice, "");
    }

    public string? TenantAt(HostString host, PathString path) => Resolve(host, path)?.Tenant.Name;

    private static string FirstSegment(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2)
            return "";
        var end = value.IndexOf('/', 1);
        return (end < 0 ? value[1..] : value[1..end]).ToLowerInvariant();
    }
}
