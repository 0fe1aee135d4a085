using Microsoft.AspNetCore.Authorization;

namespace Ngp.Users.Security;

public sealed class TenantMemberHandler(UserPermissions permissions) : AuthorizationHandler<TenantMemberRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantMemberRequirement requirement)
    {
        if (permissions.BelongsToTenant(context.User))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
