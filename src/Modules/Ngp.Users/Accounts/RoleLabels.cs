using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Ngp.Core.Data;
using Ngp.Core.Mail;
using Ngp.Core.Results;
using Ngp.Core.Security;
using Ngp.Core.Tenancy;
using Ngp.Users.Leases;

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
