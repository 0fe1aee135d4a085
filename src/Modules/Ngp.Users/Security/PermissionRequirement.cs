using Microsoft.AspNetCore.Authorization;

namespace Ngp.Users.Security;

public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}
