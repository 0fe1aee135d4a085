using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Core.OpenData;
using Ngp.Core.Tenancy;

namespace Ngp.OpenData;

/// <summary>
/// The datasets the modules publish, as this tenant offers them: its own, and on the head office each one for all
/// running agencies at once, every agency's rows read in that agency's tenant scope (never its tables from here).
/// </summary>
public sealed class OpenDataCatalog(
    IEnumerable<IOpenDataset> datasets, ITenantContext tenant, IRunningTenants tenants, ITenantScopeFactory scopes, ILogger<OpenDataCatalog> logger)
{
    /// <summary>The column the all-agencies downloads put first.</summary>
    public static readonly OpenDataColumn AgencyColumn = new("agence", "Agence dont la ligne provient");

    private readonly IReadOnlyList<IOpenDataset> _all = datasets.OrderBy(d => d.Title, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), false)).ToList();

    public TenantDescriptor Tenant => tenant.Tenant;

    /// <summary>Every dataset the modules bring, whether or not this tenant has it.</summary>
    public IReadOnlyList<IOpenDataset> All => _all;

    /// <summary>Whether this site offers the all-agencies downloads (the head office only).</summary>
    public bool OffersAllAgencies => tenant.Tenant.IsHeadOffice;

    /// <summary>The datasets of this tenant's own downloads.</summary>
    public IReadOnlyList<IOpenDataset> Own => _all.Where(d => d.AppliesTo(tenant.Tenant)).ToList();

    /// <summary>The datasets this tenant's page lists: its own, and on the head office also those only the agencies hold.</summary>
    public IReadOnlyList<IOpenDataset> Listed => OffersAllAgencies ? _all : Own;

    public IOpenDataset? Find(string name) => _all.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));

    private IReadOnlyList<TenantDescriptor> Agencies =>
        tenants.Running.Where(t => !t.IsHeadOffice).OrderBy(t => t.DisplayName, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();

    /// <summary>The state of a dataset over all running agencies: theirs combined, and which agencies they are.</summary>
    public async Task<OpenDataVersion> AllAgenciesVersionAsync(IOpenDataset dataset, CancellationToken ct)
    {
        var parts = new List<OpenDataVersion>();
        foreach (var agency in Agencies.Where(dataset.AppliesTo))
        {
            try
            {
                await using var scope = scopes.CreateScope(agency);
                var version = await Scoped(scope.ServiceProvider, dataset).VersionAsync(ct);
                parts.Add(version with { Fingerprint = $"{agency.Name}={version.Fingerprint}" });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One agency's database being unreachable must not take the others' data down; it is left out and logged.
                logger.LogWarning(e, "The open dataset {Dataset} of agency {Tenant} could not be read", dataset.Name, agency.Name);
                parts.Add(new(null, $"{agency.Name}=unavailable"));
            }
        }
        return parts.Count == 0 ? new OpenDataVersion(null, "none") : OpenDataVersion.Combine([.. parts]);
    }

    /// <summary>Every running agency's rows of the dataset, each with the agency's name first, agency after agency.</summary>
    public async IAsyncEnumerable<object?[]> AllAgenciesRowsAsync(IOpenDataset dataset, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var agency in Agencies.Where(dataset.AppliesTo))
        {
            await using var scope = scopes.CreateScope(agency);
            await foreach (var row in Scoped(scope.ServiceProvider, dataset).RowsAsync(ct).WithCancellation(ct))
            {
                var withAgency = new object?[row.Length + 1];
                withAgency[0] = agency.DisplayName;
                row.CopyTo(withAgency, 1);
                yield return withAgency;
            }
        }
    }

    private static IOpenDataset Scoped(IServiceProvider services, IOpenDataset dataset) =>
        services.GetServices<IOpenDataset>().First(d => d.Name == dataset.Name);
}
