using Ngp.Core.Modules;

namespace Ngp.Maintenance;

public static class MaintenancePermissions
{
    public static readonly Permission ManageRequests = new("ManageMaintenance", "Traiter les demandes des locataires : les prendre, leur répondre, les clore ou les rejeter", "Maintenance");
}
