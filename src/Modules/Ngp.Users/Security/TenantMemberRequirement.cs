using Microsoft.AspNetCore.Authorization;

namespace Ngp.Users.Security;

/// <summary>The default "signed in" requirement also demands that the principal belongs to the current tenant.</summary>
public sealed class TenantMemberRequirement : IAuthorizationRequirement;
