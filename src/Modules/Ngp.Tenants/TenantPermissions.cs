using Ngp.Core.Modules;

namespace Ngp.Tenants;

public static class TenantPermissions
{
    public static readonly Permission ManageTenants = new("ManageTenants", "Créer, désactiver et supprimer les agences", "Agences");
}
