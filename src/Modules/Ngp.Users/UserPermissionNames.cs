using Ngp.Core.Modules;

namespace Ngp.Users;

public static class UserPermissionNames
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Gérer les comptes et inviter des personnes", "Comptes");
    public static readonly Permission ManageLeases = new("ManageLeases", "Importer la liste des baux", "Comptes");
    public static readonly Permission ManageRoles = new("ManageRoles", "Modifier les permissions des rôles", "Comptes");
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Accéder à l'administration", "Administration");
}
