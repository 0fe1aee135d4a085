using Ngp.Core.Tenancy;

namespace Ngp.Core.Web;

/// <summary>
/// What Production refuses at start-up: a tenant whose e-mail links would lead nowhere (no public address) or back to
/// the reader's own machine (a loopback address).
/// </summary>
public static class PublicAddressCheck
{
    public const string Setting = "Ngp:Notifications:PublicBaseUrl";

    public static string Missing(string tenant) =>
        $"L'adresse publique de « {tenant} » est inconnue : les liens de ses e-mails ne mèneraient nulle part. " +
        $"Renseignez {Setting} (l'adresse du siège, par exemple {PublicAddress.Example}) ou l'adresse publique de l'agence dans /admin/agences.";

    public static string Loopback(string tenant, string root) =>
        $"L'adresse publique de « {tenant} » est {root} : une adresse locale, que les destinataires des e-mails ne peuvent pas ouvrir. " +
        $"Renseignez {Setting} (l'adresse du siège, par exemple {PublicAddress.Example}) ou l'adresse publique de l'agence dans /admin/agences.";

    /// <summary>The problems of the tenants' addresses, in French; empty when every link leads to a public address.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<TenantDescriptor> tenants, ITenantPublicAddresses addresses)
    {
        var problems = new List<string>();
        foreach (var tenant in tenants)
        {
            var root = addresses.PublicRoot(tenant) ?? tenant.HostNameRoot;
            if (root is null)
                problems.Add(Missing(tenant.DisplayName));
            else if (PublicAddress.IsLoopback(root))
                problems.Add(Loopback(tenant.DisplayName, root));
        }
        return problems;
    }
}
