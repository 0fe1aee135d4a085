using Ngp.Core.Security;

namespace Ngp.Users.Accounts;

public static class RoleLabels
{
    public static string French(string role) => role switch
    {
        NgpRoles.Administrator => "administrateur ou administratrice",
        NgpRoles.Editor => "chargé(e) de communication",
        NgpRoles.Moderator => "modérateur ou modératrice",
        NgpRoles.Agent => "agent de l'agence",
        NgpRoles.Resident => "locataire",
        NgpRoles.Partner => "partenaire",
        _ => role,
    };
}
